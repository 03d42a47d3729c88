import type { PolicyStatement } from '../../shared/permissions/statementPolicy.ts';
import { signOnOpen } from '../../shared/signons/signOnOpen.ts';
import type { StatementRecord } from '../store/records.ts';

/** What the statement policy needs of a stored statement, now. */
export function policyStatementOf(statement: StatementRecord, drafterIds: readonly string[], now = new Date()): PolicyStatement {
  return {
    stage: statement.stage,
    ownerOrgId: statement.ownerOrgId,
    shared: statement.shared,
    drafterIds,
    whoMaySign: statement.whoMaySign,
    signOnOpen: signOnOpen(statement, now),
  };
}
