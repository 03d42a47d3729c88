import type { AuditVerificationView } from '../../../shared/api/types.ts';
import { useApiResource } from '../../api/useApiResource.ts';

/** Whether every entry still chains to the one before it: proof that nobody edited the log in the database. */
export function ChainStatus() {
  const verification = useApiResource<AuditVerificationView>('/api/audit/verify', 'The chain could not be checked.');
  const result = verification.data;

  return (
    <div className="chain-status" role="status" data-testid="chain-status">
      {verification.error ? (
        <span className="chain-badge chain-badge--unknown">{verification.error}</span>
      ) : result === null ? (
        <span className="chain-badge chain-badge--unknown" aria-busy="true">
          Checking the chain…
        </span>
      ) : result.ok ? (
        <span className="chain-badge chain-badge--ok">
          <span aria-hidden="true">✓</span> Chain intact: {result.checked.toLocaleString()} entries checked
        </span>
      ) : (
        <span className="chain-badge chain-badge--broken">
          <span aria-hidden="true">✕</span> Chain broken at entry #{result.brokenAt}
          <span className="chain-badge__detail">: it, or one before it, was changed outside Accord.</span>
        </span>
      )}
      <button className="button button--small button--quiet" type="button" onClick={verification.reload}>
        Check again
      </button>
    </div>
  );
}
