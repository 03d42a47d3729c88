import { z } from 'zod';
import { AUDIT_ACTIONS } from '../audit/auditActions.ts';

const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date());

/** Query string of GET /api/audit and its CSV export. */
export const auditQuery = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorId: z.string().min(1).max(64).optional(),
  subjectId: z.string().min(1).max(64).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
