import type { MilestoneOffsets } from '../../../shared/consultations/milestones.ts';
import type { ConsultationLinkRecord, ConsultationMoveRecord, ConsultationRecord, NewAuditEntry } from '../records.ts';
import type { ConsultationStore, DeadlineMove } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase } from './PgDatabase.ts';

interface ConsultationRow {
  id: string;
  name: string;
  body: string;
  url: string;
  deadline: string;
  time_zone: string;
  public: boolean;
  created_by: string;
  created_at: string;
  updated_at: string;
}

interface MoveRow {
  consultation_id: string;
  sequence: number;
  from_deadline: string;
  to_deadline: string;
  reason: string;
  moved_by: string;
  moved_by_name: string | null;
  moved_at: string;
}

interface LinkRow {
  statement_id: string;
  consultation_id: string | null;
  comments_close: number | null;
  sign_on_closes: number | null;
  publication: number | null;
  revision: number;
}

const consultationOf = (row: ConsultationRow): ConsultationRecord => ({
  id: row.id,
  name: row.name,
  body: row.body,
  url: row.url,
  deadline: row.deadline,
  timeZone: row.time_zone,
  public: row.public,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const moveOf = (row: MoveRow): ConsultationMoveRecord => ({
  consultationId: row.consultation_id,
  sequence: row.sequence,
  from: row.from_deadline,
  to: row.to_deadline,
  reason: row.reason,
  movedBy: row.moved_by,
  movedByName: row.moved_by_name ?? '',
  movedAt: row.moved_at,
});

const linkOf = (row: LinkRow): ConsultationLinkRecord => ({
  statementId: row.statement_id,
  consultationId: row.consultation_id,
  milestones: { commentsClose: row.comments_close, signOnCloses: row.sign_on_closes, publication: row.publication },
  revision: row.revision,
});

const LINK_COLUMNS = 'statement_id, consultation_id, comments_close, sign_on_closes, publication, revision';

/** The PostgreSQL port of SqliteConsultationStore (same results, ordering and one-wins moves). */
export class PgConsultationStore implements ConsultationStore {
  constructor(private readonly database: PgDatabase) {}

  async create(consultation: ConsultationRecord, audit: NewAuditEntry): Promise<void> {
    await this.database.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO consultations (id, name, body, url, deadline, time_zone, public, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          consultation.id,
          consultation.name,
          consultation.body,
          consultation.url,
          consultation.deadline,
          consultation.timeZone,
          consultation.public,
          consultation.createdBy,
          consultation.createdAt,
          consultation.updatedAt,
        ],
      );
      await appendAudit(tx, audit);
    });
  }

  async findById(id: string): Promise<ConsultationRecord | null> {
    const [row] = await this.database.query<ConsultationRow>('SELECT * FROM consultations WHERE id = $1', [id]);
    return row === undefined ? null : consultationOf(row);
  }

  async list(): Promise<ConsultationRecord[]> {
    // COLLATE "C": SQLite's binary order, whatever the database's locale.
    const rows = await this.database.query<ConsultationRow>('SELECT * FROM consultations ORDER BY deadline COLLATE "C", name COLLATE "C"');
    return rows.map(consultationOf);
  }

  async moves(consultationId: string): Promise<ConsultationMoveRecord[]> {
    const rows = await this.database.query<MoveRow>(
      `SELECT consultation_moves.*, users.name AS moved_by_name FROM consultation_moves
       LEFT JOIN users ON users.id = consultation_moves.moved_by WHERE consultation_id = $1 ORDER BY sequence`,
      [consultationId],
    );
    return rows.map(moveOf);
  }

  async update(
    id: string,
    edits: Partial<Pick<ConsultationRecord, 'name' | 'body' | 'url' | 'public'>>,
    at: string,
    audit: NewAuditEntry,
  ): Promise<ConsultationRecord | null> {
    return this.database.transaction(async (tx) => {
      const [row] = await tx.query<ConsultationRow>(
        `UPDATE consultations SET name = coalesce($2, name), body = coalesce($3, body), url = coalesce($4, url),
           public = coalesce($5, public), updated_at = $6 WHERE id = $1 RETURNING *`,
        [id, edits.name ?? null, edits.body ?? null, edits.url ?? null, edits.public ?? null, at],
      );
      if (row === undefined) return null;
      await appendAudit(tx, audit);
      return consultationOf(row);
    });
  }

  async moveDeadline(move: DeadlineMove): Promise<boolean> {
    return this.database.transaction(async (tx) => {
      // The conditional update locks the consultation: a second move from the same deadline waits, then finds it moved.
      const moved = await tx.query('UPDATE consultations SET deadline = $1, updated_at = $2 WHERE id = $3 AND deadline = $4 RETURNING id', [
        move.to,
        move.at,
        move.consultationId,
        move.from,
      ]);
      if (moved.length === 0) return false;
      // max + 1 is safe: every move of this consultation holds its row lock until commit.
      await tx.query(
        `INSERT INTO consultation_moves (consultation_id, sequence, from_deadline, to_deadline, reason, moved_by, moved_at)
         VALUES ($1, (SELECT coalesce(max(sequence), 0) + 1 FROM consultation_moves WHERE consultation_id = $1), $2, $3, $4, $5, $6)`,
        [move.consultationId, move.from, move.to, move.reason, move.movedBy, move.at],
      );
      // Locked so a concurrent setLink cannot change a milestone between reading it and moving the statement.
      const linked = await tx.query<LinkRow>(
        `SELECT ${LINK_COLUMNS} FROM statement_consultations WHERE consultation_id = $1 ORDER BY linked_order FOR UPDATE`,
        [move.consultationId],
      );
      for (const row of linked) {
        if (row.sign_on_closes === null) continue;
        await tx.query('UPDATE statements SET sign_on_deadline = $1, updated_at = $2 WHERE id = $3', [
          move.signOnCloseOf(row.sign_on_closes),
          move.at,
          row.statement_id,
        ]);
      }
      await tx.query('UPDATE statement_consultations SET revision = revision + 1 WHERE consultation_id = $1', [move.consultationId]);
      await appendAudit(tx, move.audit);
      return true;
    });
  }

  async links(): Promise<ConsultationLinkRecord[]> {
    const rows = await this.database.query<LinkRow>(`SELECT ${LINK_COLUMNS} FROM statement_consultations ORDER BY linked_order`);
    return rows.map(linkOf);
  }

  async linkOf(statementId: string): Promise<ConsultationLinkRecord | null> {
    const [row] = await this.database.query<LinkRow>(`SELECT ${LINK_COLUMNS} FROM statement_consultations WHERE statement_id = $1`, [statementId]);
    return row === undefined ? null : linkOf(row);
  }

  async setLink(
    statementId: string,
    consultationId: string | null,
    milestones: MilestoneOffsets,
    signOnDeadline: string | null | undefined,
    at: string,
    audit: NewAuditEntry,
  ): Promise<void> {
    await this.database.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO statement_consultations (statement_id, consultation_id, comments_close, sign_on_closes, publication, revision)
         VALUES ($1, $2, $3, $4, $5, 0)
         ON CONFLICT (statement_id) DO UPDATE SET consultation_id = excluded.consultation_id, comments_close = excluded.comments_close,
           sign_on_closes = excluded.sign_on_closes, publication = excluded.publication, revision = statement_consultations.revision + 1`,
        [statementId, consultationId, milestones.commentsClose, milestones.signOnCloses, milestones.publication],
      );
      if (signOnDeadline !== undefined) {
        await tx.query('UPDATE statements SET sign_on_deadline = $1, updated_at = $2 WHERE id = $3', [signOnDeadline, at, statementId]);
      }
      await appendAudit(tx, audit);
    });
  }
}
