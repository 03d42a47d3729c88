import type { CanonicalNode } from '../versions/canonicalDocument.ts';
import { plainText } from '../versions/canonicalDocument.ts';
import { unsubscribePath } from '../mail/composeMessage.ts';
import type { Links } from '../mail/Links.ts';
import type { OutgoingMail } from '../mail/OutgoingMail.ts';
import type { ReplyAddresses } from '../mail/ReplyAddresses.ts';
import { type MailParts, renderMail } from '../mail/renderMail.ts';
import type { ServerSecret } from '../secrets/ServerSecret.ts';
import type { EmailFrequency, NoticeKind, NoticeRecord, NotificationSettings, StatementRecord, UserRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { dayInZone, momentInZone } from './mailDates.ts';
import { excerptOf, readersAmong } from './noticeContext.ts';

/** What composing notification mail needs. */
export interface NoticeMailContext {
  store: Store;
  links: Links;
  secret: ServerSecret;
  replyAddresses: ReplyAddresses;
}

/** Kinds about a comment thread: their mails thread together and can be answered by replying. */
const THREAD_KINDS: readonly NoticeKind[] = ['reply', 'mention', 'suggestion', 'decision'];

/** The same groups, in the same order, as the What needs me page (client/needs/NeedsPage.tsx). */
const GROUPS: { heading: string; kinds: NoticeKind[] }[] = [
  { heading: 'Awaiting your organisation’s decision', kinds: ['signon', 'reconfirm'] },
  { heading: 'Moved deadlines', kinds: ['deadline'] },
  { heading: 'Replies and mentions', kinds: ['reply', 'mention'] },
  { heading: 'Suggestions', kinds: ['suggestion'] },
  { heading: 'Decisions', kinds: ['decision'] },
  { heading: 'Published', kinds: ['published'] },
];

const ACTIONS: Record<NoticeKind, string> = {
  reply: 'Open the thread',
  mention: 'Open the thread',
  suggestion: 'Review the suggestion',
  decision: 'Open the suggestion',
  signon: 'Sign or decline',
  reconfirm: 'Re-confirm or decline',
  published: 'Read the published statement',
  deadline: 'Open the statement',
};

const FREQUENCY_NAMES: Record<EmailFrequency, string> = {
  immediate: 'a mail for each item',
  daily: 'a daily digest',
  weekly: 'a weekly digest',
  off: 'no mail',
};

/** Why this mail came and how to change that (the one-click unsubscribe is also in List-Unsubscribe). */
export function preferencesFooter(context: NoticeMailContext, userId: string, frequency: EmailFrequency): string {
  return [
    `You get this because your Accord e-mail setting is ${FREQUENCY_NAMES[frequency]}.`,
    `Change it (immediate, daily, weekly or off) on your account page: ${context.links.url('/account')}`,
    `Stop all Accord notification mail: ${context.links.url(unsubscribePath(context.secret, userId))}`,
  ].join('\n');
}

/** Whether `user` may still see what the notice is about (the statement policy and thread visibility, asked now). */
export async function stillVisible(store: Store, user: UserRecord, notice: NoticeRecord, statement: StatementRecord | null): Promise<boolean> {
  if (statement === null) return false;
  const thread = notice.threadId === null ? null : await store.threads.findById(notice.threadId);
  if (notice.threadId !== null && thread === null) return false;
  return (await readersAmong(store, [user.id], statement, thread, null)).length === 1;
}

/** The opening of the final text organisations sign (≤ 300 characters), or null. */
export async function openingPassage(store: Store, statement: StatementRecord): Promise<string | null> {
  if (statement.finalVersion === null) return null;
  const version = await store.versions.find(statement.id, statement.finalVersion);
  if (version === null) return null;
  const text = excerptOf(plainText(JSON.parse(version.content) as CanonicalNode));
  return text === '' ? null : text;
}

/** "moved from 14 March to 28 March: <reason>" in the reader's zone, from the consultation's move history. */
async function deadlineMove(store: Store, notice: NoticeRecord, zone: string): Promise<{ line: string; deadline: string | null }> {
  const due = notice.due;
  const link = (await store.consultations.links()).find((candidate) => candidate.statementId === notice.statementId);
  const moves = link?.consultationId ? await store.consultations.moves(link.consultationId) : [];
  const move = moves.findLast((candidate) => due !== null && Date.parse(candidate.to) === Date.parse(due)) ?? moves.at(-1);
  const deadline = due === null ? null : `The deadline is now ${momentInZone(due, zone)}.`;
  if (move === undefined) return { line: 'The deadline moved.', deadline };
  const reason = move.reason.trim() === '' ? '' : `: ${move.reason.trim()}`;
  return { line: `The deadline moved from ${dayInZone(move.from, zone)} to ${dayInZone(move.to, zone)}${reason}`, deadline };
}

/**
 * The mail of one notice for its recipient, or null when it must not go (the recipient can no
 * longer see what it is about). Thread kinds carry the thread (threading headers) and a fresh
 * reply address, so answering the mail answers in the thread.
 */
export async function noticeMail(
  context: NoticeMailContext,
  notice: NoticeRecord,
  user: UserRecord,
  settings: NotificationSettings,
): Promise<OutgoingMail | null> {
  const { store } = context;
  const statement = await store.statements.findById(notice.statementId);
  if (statement === null || !(await stillVisible(store, user, notice, statement))) return null;
  const key = `notice-${notice.id}`;
  // The notice's title without the statement's (named in the next line): "Ana mentioned you: …".
  const what = notice.title.startsWith(`${statement.title} · `) ? notice.title.slice(statement.title.length + 3) : notice.title;
  const paragraphs = [upperFirst(what), `On the statement “${statement.title}”.`];
  let quote: string | undefined;
  switch (notice.kind) {
    case 'mention':
    case 'reply':
    case 'suggestion':
    case 'decision':
      quote = notice.excerpt ?? undefined;
      break;
    case 'signon':
    case 'reconfirm': {
      quote = (await openingPassage(store, statement)) ?? undefined;
      if (notice.due !== null) paragraphs.push(`Your organisation’s decision is due by ${momentInZone(notice.due, settings.timeZone)}.`);
      break;
    }
    case 'deadline': {
      const move = await deadlineMove(store, notice, settings.timeZone);
      paragraphs.push(move.line);
      if (move.deadline !== null) paragraphs.push(move.deadline);
      break;
    }
    case 'published':
      break;
  }
  const threaded = THREAD_KINDS.includes(notice.kind) && notice.threadId !== null;
  if (threaded) paragraphs.push('Reply to this e-mail to answer in the thread (your reply is posted as you).');
  const parts: MailParts = {
    greeting: `Hello ${user.name},`,
    paragraphs,
    ...(quote === undefined || quote === '' ? {} : { quote }),
    action: { label: ACTIONS[notice.kind], url: context.links.url(notice.url) },
    footer: preferencesFooter(context, user.id, settings.email),
  };
  const { text, html } = renderMail(parts);
  const mail: OutgoingMail = { key, to: user.email, userId: user.id, subject: subjectOf(notice.title), text, html };
  if (threaded && notice.threadId !== null) {
    mail.threadId = notice.threadId;
    mail.replyTo = await context.replyAddresses.create({ threadId: notice.threadId, userId: user.id, mailKey: key });
  }
  return mail;
}

/** A digest of `notices` (already checked visible), grouped like the What needs me page. */
export function digestMail(
  context: NoticeMailContext,
  user: UserRecord,
  settings: NotificationSettings,
  period: string,
  notices: readonly NoticeRecord[],
): OutgoingMail {
  const paragraphs = [
    `${notices.length === 1 ? 'One thing needs' : `${notices.length} things need`} you in Accord (${settings.email === 'weekly' ? 'this week' : 'today'}'s digest).`,
  ];
  for (const group of GROUPS) {
    const items = notices.filter((notice) => group.kinds.includes(notice.kind));
    if (items.length === 0) continue;
    const lines = items.map((notice) => {
      const due = notice.due === null ? '' : ` (due ${dayInZone(notice.due, settings.timeZone)})`;
      return `• ${notice.title}${due}\n  ${context.links.url(notice.url)}`;
    });
    paragraphs.push(`${group.heading} (${items.length})\n${lines.join('\n')}`);
  }
  const { text, html } = renderMail({
    greeting: `Hello ${user.name},`,
    paragraphs,
    action: { label: 'Open What needs me', url: context.links.url('/needs') },
    footer: preferencesFooter(context, user.id, settings.email),
  });
  const subject = `Accord ${settings.email === 'weekly' ? 'weekly' : 'daily'} digest: ${notices.length} ${notices.length === 1 ? 'item' : 'items'}`;
  return { key: `digest-${user.id}-${period}`, to: user.email, userId: user.id, subject, text, html };
}

export type ReminderLead = '7d' | '1d';

/** A reminder that the organisation has not decided yet, with the deadline in the reader's zone and the sign link. */
export async function reminderMail(
  context: NoticeMailContext,
  statement: StatementRecord,
  user: UserRecord,
  settings: NotificationSettings,
  lead: ReminderLead,
  reconfirm: boolean,
): Promise<OutgoingMail | null> {
  if (statement.signOnDeadline === null || statement.finalVersion === null) return null;
  const key = `reminder-${statement.id}-v${statement.finalVersion}-${user.id}-${lead}`;
  const when = lead === '7d' ? 'a week' : 'a day';
  const quote = await openingPassage(context.store, statement);
  const { text, html } = renderMail({
    greeting: `Hello ${user.name},`,
    paragraphs: [
      `Sign-on for “${statement.title}” closes in less than ${when}, and your organisation has not ${reconfirm ? 're-confirmed its signature on the new final text' : 'decided'} yet.`,
      `The deadline is ${momentInZone(statement.signOnDeadline, settings.timeZone)}.`,
    ],
    ...(quote === null ? {} : { quote }),
    action: { label: reconfirm ? 'Re-confirm or decline' : 'Sign or decline', url: context.links.url(`/statements/${statement.id}/sign`) },
    footer: preferencesFooter(context, user.id, settings.email),
  });
  const subject = `Reminder: sign-on for “${excerptOf(statement.title, 120)}” closes ${dayInZone(statement.signOnDeadline, settings.timeZone)}`;
  return { key, to: user.email, userId: user.id, subject, text, html };
}

function upperFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** A subject line: one line, at most 200 characters. */
function subjectOf(title: string): string {
  return excerptOf(title, 200);
}
