import type { StatementView } from '../../shared/api/types.ts';
import { forkPublicPath } from '../../shared/publishing/forkPublicPath.ts';

/**
 * Where the public site shows a published statement (server-rendered, readable without signing in):
 * a fork under its organisation, never at a coalition address.
 */
export function publicPath(statement: Pick<StatementView, 'slug' | 'ownerOrg'>): string {
  return statement.ownerOrg ? forkPublicPath(statement.ownerOrg.slug, statement.slug) : `/p/${encodeURIComponent(statement.slug)}`;
}
