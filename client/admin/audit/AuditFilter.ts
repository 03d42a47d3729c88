/** What the audit log is narrowed to; an empty string means "any". Dates are local `YYYY-MM-DD`. */
export interface AuditFilter {
  action: string;
  actorId: string;
  from: string;
  to: string;
}
