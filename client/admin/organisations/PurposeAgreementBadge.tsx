/** Whether an organisation agreed to the current Statement of Purpose: "Agreed v3", or not (and what it last agreed to). */
export function PurposeAgreementBadge({ agreedVersion, currentVersion }: { agreedVersion: number | null; currentVersion: number }) {
  if (agreedVersion === currentVersion) return <span className="badge badge--ok">Agreed v{agreedVersion}</span>;
  if (agreedVersion === null) return <span className="badge badge--muted">Not agreed</span>;
  return (
    <span className="badge badge--warn" title={`Agreed to version ${agreedVersion}; version ${currentVersion} is current.`}>
      Not agreed · had v{agreedVersion}
    </span>
  );
}
