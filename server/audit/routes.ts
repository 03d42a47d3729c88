import { stringify } from 'csv-stringify/sync';
import { Router } from 'express';
import type { AuditEntryView, AuditPageView } from '../../shared/api/types.ts';
import { auditQuery } from '../../shared/schemas/audit.ts';
import type { AppContext } from '../AppContext.ts';
import { parseInput } from '../http/parseInput.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import type { AuditEntryRecord } from '../store/records.ts';
import { GENESIS_HASH, verifyAuditChain } from './auditChain.ts';

const EXPORT_PAGE = 500;
const EXPORT_MAX = 100_000;

function entryView({ sequence, at, actorId, actorEmail, action, subjectType, subjectId, details, hash }: AuditEntryRecord): AuditEntryView {
  return { sequence, at, actorId, actorEmail, action, subjectType, subjectId, details, hash };
}

/**
 * The audit log for the secretariat: read with filters, export as CSV, verify the hash chain.
 * `find` without a `scopeOrgId` leaves out entries scoped to one organisation (its private forks,
 * its organisation-only threads); the verification still covers every entry and answers only counts.
 */
export function createAuditRouter({ store }: AppContext): Router {
  const router = Router();

  router.get('/audit', async (request, response) => {
    authorise(rolesFor(request.actor), 'audit.read');
    const filter = parseInput(auditQuery, request.query);
    const entries = await store.audit.find(filter);
    const page: AuditPageView = {
      entries: entries.map(entryView),
      nextBefore: entries.length === filter.limit ? (entries.at(-1)?.sequence ?? null) : null,
    };
    response.json(page);
  });

  router.get('/audit/verify', async (request, response) => {
    authorise(rolesFor(request.actor), 'audit.read');
    response.json(await verifyAuditChain(store.audit, GENESIS_HASH));
  });

  router.get('/audit/export.csv', async (request, response) => {
    authorise(rolesFor(request.actor), 'audit.read');
    const { limit: _limit, ...filter } = parseInput(auditQuery, request.query);
    const rows: AuditEntryRecord[] = [];
    let before = filter.before;
    // Page through the filtered log, newest first, up to a bound.
    while (rows.length < EXPORT_MAX) {
      const page = await store.audit.find({ ...filter, before, limit: EXPORT_PAGE });
      rows.push(...page);
      if (page.length < EXPORT_PAGE) break;
      before = page.at(-1)!.sequence;
    }
    const csv = stringify(
      rows.map((entry) => [
        entry.sequence,
        entry.at,
        entry.actorEmail ?? '',
        entry.actorId ?? '',
        entry.action,
        entry.subjectType ?? '',
        entry.subjectId ?? '',
        JSON.stringify(entry.details),
        entry.previousHash,
        entry.hash,
      ]),
      {
        header: true,
        columns: ['sequence', 'at', 'actor_email', 'actor_id', 'action', 'subject_type', 'subject_id', 'details', 'previous_hash', 'hash'],
        cast: { string: neutraliseFormula },
      },
    );
    response.setHeader('Content-Disposition', `attachment; filename="accord-audit-${new Date().toISOString().slice(0, 10)}.csv"`);
    response.type('text/csv').send(csv);
  });

  return router;
}

/** A cell starting with = + - @ would run as a formula in a spreadsheet; quote it as text (OWASP CSV injection). */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
