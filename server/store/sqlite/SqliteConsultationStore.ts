import type { Database } from 'better-sqlite3';
import type { MilestoneOffsets } from '../../../shared/consultations/milestones.ts';
import type { ConsultationLinkRecord, ConsultationMoveRecord, ConsultationRecord, NewAuditEntry } from '../records.ts';
import type { ConsultationStore, DeadlineMove } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';

interface ConsultationRow {
  id: string;
  name: string;
  body: string;
  url: string;
  deadline: string;
  time_zone: string;
  public: number;
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
  public: row.public === 1,
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

export class SqliteConsultationStore implements ConsultationStore {
  constructor(
    private readonly database: Database,
    private readonly appender: AuditAppender,
  ) {}

  async create(consultation: ConsultationRecord, audit: NewAuditEntry): Promise<void> {
    this.database
      .transaction(() => {
        this.database
          .prepare(`INSERT INTO consultations (id, name, body, url, deadline, time_zone, public, created_by, created_at, updated_at)
            VALUES (@id, @name, @body, @url, @deadline, @timeZone, @public, @createdBy, @createdAt, @updatedAt)`)
          .run({ ...consultation, public: consultation.public ? 1 : 0 });
        this.appender.append(audit);
      })
      .immediate();
  }

  async findById(id: string): Promise<ConsultationRecord | null> {
    const row = this.database.prepare<[string], ConsultationRow>('SELECT * FROM consultations WHERE id = ?').get(id);
    return row === undefined ? null : consultationOf(row);
  }

  async list(): Promise<ConsultationRecord[]> {
    return this.database.prepare<[], ConsultationRow>('SELECT * FROM consultations ORDER BY deadline, name').all().map(consultationOf);
  }

  async moves(consultationId: string): Promise<ConsultationMoveRecord[]> {
    return this.database
      .prepare<[string], MoveRow>(`SELECT consultation_moves.*, users.name AS moved_by_name FROM consultation_moves
        LEFT JOIN users ON users.id = consultation_moves.moved_by WHERE consultation_id = ? ORDER BY sequence`)
      .all(consultationId)
      .map(moveOf);
  }

  async update(
    id: string,
    edits: Partial<Pick<ConsultationRecord, 'name' | 'body' | 'url' | 'public'>>,
    at: string,
    audit: NewAuditEntry,
  ): Promise<ConsultationRecord | null> {
    return this.database
      .transaction(() => {
        const changed = this.database
          .prepare(`UPDATE consultations SET name = coalesce(@name, name), body = coalesce(@body, body), url = coalesce(@url, url),
            public = coalesce(@public, public), updated_at = @at WHERE id = @id`)
          .run({
            id,
            at,
            name: edits.name ?? null,
            body: edits.body ?? null,
            url: edits.url ?? null,
            public: edits.public === undefined ? null : edits.public ? 1 : 0,
          });
        if (changed.changes === 0) return null;
        this.appender.append(audit);
        const row = this.database.prepare<[string], ConsultationRow>('SELECT * FROM consultations WHERE id = ?').get(id);
        return row === undefined ? null : consultationOf(row);
      })
      .immediate();
  }

  async moveDeadline(move: DeadlineMove): Promise<boolean> {
    return this.database
      .transaction(() => {
        const moved = this.database
          .prepare('UPDATE consultations SET deadline = ?, updated_at = ? WHERE id = ? AND deadline = ?')
          .run(move.to, move.at, move.consultationId, move.from);
        if (moved.changes === 0) return false;
        this.database
          .prepare(`INSERT INTO consultation_moves (consultation_id, sequence, from_deadline, to_deadline, reason, moved_by, moved_at)
            VALUES (@consultationId, (SELECT coalesce(max(sequence), 0) + 1 FROM consultation_moves WHERE consultation_id = @consultationId),
            @from, @to, @reason, @movedBy, @at)`)
          .run({ consultationId: move.consultationId, from: move.from, to: move.to, reason: move.reason, movedBy: move.movedBy, at: move.at });
        const linked = this.database.prepare<[string], LinkRow>('SELECT * FROM statement_consultations WHERE consultation_id = ?').all(move.consultationId);
        const signOnDeadline = this.database.prepare<[string, string, string]>('UPDATE statements SET sign_on_deadline = ?, updated_at = ? WHERE id = ?');
        for (const row of linked) {
          if (row.sign_on_closes !== null) signOnDeadline.run(move.signOnCloseOf(row.sign_on_closes), move.at, row.statement_id);
        }
        this.database.prepare('UPDATE statement_consultations SET revision = revision + 1 WHERE consultation_id = ?').run(move.consultationId);
        this.appender.append(move.audit);
        return true;
      })
      .immediate();
  }

  async links(): Promise<ConsultationLinkRecord[]> {
    return this.database.prepare<[], LinkRow>('SELECT * FROM statement_consultations').all().map(linkOf);
  }

  async linkOf(statementId: string): Promise<ConsultationLinkRecord | null> {
    const row = this.database.prepare<[string], LinkRow>('SELECT * FROM statement_consultations WHERE statement_id = ?').get(statementId);
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
    this.database
      .transaction(() => {
        this.database
          .prepare(`INSERT INTO statement_consultations (statement_id, consultation_id, comments_close, sign_on_closes, publication, revision)
            VALUES (@statementId, @consultationId, @commentsClose, @signOnCloses, @publication, 0)
            ON CONFLICT (statement_id) DO UPDATE SET consultation_id = excluded.consultation_id, comments_close = excluded.comments_close,
              sign_on_closes = excluded.sign_on_closes, publication = excluded.publication, revision = revision + 1`)
          .run({ statementId, consultationId, ...milestones });
        if (signOnDeadline !== undefined) {
          this.database.prepare('UPDATE statements SET sign_on_deadline = ?, updated_at = ? WHERE id = ?').run(signOnDeadline, at, statementId);
        }
        this.appender.append(audit);
      })
      .immediate();
  }
}
