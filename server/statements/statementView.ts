import type { StatementView } from '../../shared/api/types.ts';
import { can } from '../../shared/permissions/permissions.ts';
import type { StatementAccess } from './findStatementFor.ts';

export function statementView({ statement, drafterIds, roles }: StatementAccess, threadCounts: StatementView['threadCounts']): StatementView {
  const mayWrite = can(roles, 'statement.editText') && statement.stage === 'drafting';
  return {
    id: statement.id,
    slug: statement.slug,
    title: statement.title,
    stage: statement.stage,
    forkOf: statement.forkOf,
    createdAt: statement.createdAt,
    updatedAt: statement.updatedAt,
    drafterIds,
    access: mayWrite ? 'write' : 'read',
    threadCounts,
  };
}
