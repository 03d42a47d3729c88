import type { AccountRole } from '../permissions/roles.ts';

/** Shapes of the HTTP API's answers (CONTRACT.md). */

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: AccountRole;
}

export type OrganisationCategory = 'member' | 'supporter';

export interface OrganisationView {
  id: string;
  name: string;
  category: OrganisationCategory;
}

export interface MeView {
  user: UserView;
  org: OrganisationView | null;
}

export type StatementStage = 'drafting' | 'sign-on' | 'published' | 'withdrawn';

export interface StatementView {
  id: string;
  slug: string;
  title: string;
  stage: StatementStage;
  forkOf: string | null;
  createdAt: string;
  updatedAt: string;
  drafterIds: string[];
  /** What the caller may do with the text: `write` (drafters, secretariat) or `read`. */
  access: 'write' | 'read';
}

export interface SetupStatusView {
  /** True while no account exists and the one-time setup link is open. */
  setupRequired: boolean;
}
