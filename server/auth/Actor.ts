import type { OrganisationRecord, UserRecord } from '../store/records.ts';

/** Who is making a request: the signed-in user, their organisation and their session. */
export interface Actor {
  user: UserRecord;
  organisation: OrganisationRecord | null;
  sessionIdHash: string;
  /** The session's public id (the list of one's sessions shows it). */
  sessionId: string;
  /** Whether the organisation agreed to the current Statement of Purpose (always false without one). */
  agreedPurpose: boolean;
}

declare global {
  // Express's request type is extended through its global namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      actor?: Actor;
    }
  }
}
