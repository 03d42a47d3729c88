import { stringify } from 'csv-stringify/sync';
import type { ThreadView } from '../../shared/api/types.ts';

/**
 * The disposition log of a statement: every comment and suggestion with its outcome, as the
 * secretariat publishes it after a comment period.
 */
export interface DispositionRow {
  number: number;
  type: 'Comment' | 'Suggestion';
  passage: string;
  proposed: string;
  by: string;
  opened: string;
  outcome: string;
  decidedBy: string;
  decidedAt: string;
  reason: string;
  replies: number;
}

const OUTCOMES: Record<ThreadView['status'], string> = { open: 'Open', resolved: 'Resolved', accepted: 'Accepted', rejected: 'Rejected' };

export function dispositionRows(threads: readonly ThreadView[]): DispositionRow[] {
  return threads.map((thread, index) => {
    const decision = [...thread.events].reverse().find((event) => event.action !== 'reopened');
    const decided = thread.status !== 'open' ? decision : undefined;
    const firstComment = thread.comments.find((comment) => !comment.deleted);
    return {
      number: index + 1,
      type: thread.kind === 'suggestion' ? 'Suggestion' : 'Comment',
      passage: thread.quote,
      proposed: thread.kind === 'suggestion' ? (thread.replacement ?? '') : (firstComment?.body ?? ''),
      by: thread.author.organisation ? `${thread.author.name} (${thread.author.organisation})` : `${thread.author.name} (secretariat)`,
      opened: thread.createdAt.slice(0, 10),
      outcome: OUTCOMES[thread.status] + (thread.orphaned && thread.status === 'open' ? ' (passage deleted)' : ''),
      decidedBy: decided?.by.name ?? '',
      decidedAt: decided?.at.slice(0, 10) ?? '',
      reason: decided?.reason ?? '',
      replies: Math.max(0, thread.comments.filter((comment) => !comment.deleted).length - 1),
    };
  });
}

const HEADERS: [keyof DispositionRow, string][] = [
  ['number', '#'],
  ['type', 'Type'],
  ['passage', 'Passage'],
  ['proposed', 'Comment or proposed wording'],
  ['by', 'By'],
  ['opened', 'Opened'],
  ['outcome', 'Outcome'],
  ['decidedBy', 'Decided by'],
  ['decidedAt', 'Decided on'],
  ['reason', 'Reason'],
  ['replies', 'Replies'],
];

/** CSV, with cells a spreadsheet would run as formulas neutralised. */
export function dispositionCsv(rows: readonly DispositionRow[]): string {
  return stringify(
    rows.map((row) => HEADERS.map(([key]) => row[key])),
    { header: true, columns: HEADERS.map(([, title]) => title), cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) } },
  );
}

/** A Markdown table; cell text is escaped so nobody's words can break the table or inject markup. */
export function dispositionMarkdown(title: string, rows: readonly DispositionRow[]): string {
  const cell = (value: string | number) =>
    String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' / ').trim();
  return [
    `# Disposition of comments: ${cell(title)}`,
    '',
    `| ${HEADERS.map(([, header]) => header).join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${HEADERS.map(([key]) => cell(row[key])).join(' | ')} |`),
    '',
  ].join('\n');
}
