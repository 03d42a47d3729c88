import { randomUUID } from 'node:crypto';
import type { StatementRecord } from '../store/records.ts';
import { slugFor } from './slugFor.ts';

/** A new coalition statement as it starts: drafting, shared, signed by members, no deadline yet. */
export function newStatementRecord(title: string, createdBy: string): StatementRecord {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    slug: slugFor(title),
    title,
    stage: 'drafting',
    forkOf: null,
    ownerOrgId: null,
    shared: true,
    signOnDeadline: null,
    whoMaySign: 'members',
    openAfterPublication: false,
    finalVersion: null,
    createdBy,
    createdAt: now,
    updatedAt: now,
  };
}
