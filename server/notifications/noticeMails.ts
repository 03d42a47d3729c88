import type { TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
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
import { noticeTitle, noticeWhat } from './noticeWording.ts';

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
const GROUPS: { heading: (t: TFunction) => string; kinds: NoticeKind[] }[] = [
  { heading: (t) => t('mail:digest.group.decision'), kinds: ['signon', 'reconfirm'] },
  { heading: (t) => t('mail:digest.group.deadlines'), kinds: ['deadline'] },
  { heading: (t) => t('mail:digest.group.replies'), kinds: ['reply', 'mention'] },
  { heading: (t) => t('mail:digest.group.suggestions'), kinds: ['suggestion'] },
  { heading: (t) => t('mail:digest.group.decisions'), kinds: ['decision'] },
  { heading: (t) => t('mail:digest.group.published'), kinds: ['published'] },
];

/** The one thing to do about a notice, as its mail's button says it. */
function actionLabel(t: TFunction, kind: NoticeKind): string {
  switch (kind) {
    case 'reply':
    case 'mention':
      return t('mail:action.openThread');
    case 'suggestion':
      return t('mail:action.reviewSuggestion');
    case 'decision':
      return t('mail:action.openSuggestion');
    case 'signon':
      return t('mail:action.sign');
    case 'reconfirm':
      return t('mail:action.reconfirm');
    case 'published':
      return t('mail:action.readPublished');
    case 'deadline':
      return t('mail:action.openStatement');
  }
}

/** The language a recipient reads mail in: their saved one, else English (the server cannot know a browser). */
export function mailLanguage(user: UserRecord): Language {
  return user.language ?? DEFAULT_LANGUAGE;
}

/** Why this mail came and how to change that (the one-click unsubscribe is also in List-Unsubscribe). */
export function preferencesFooter(context: NoticeMailContext, userId: string, frequency: EmailFrequency, language: Language = DEFAULT_LANGUAGE): string {
  const t = translatorFor(language);
  return [
    t('mail:footer.why', { frequency }),
    t('mail:footer.change', { url: context.links.url('/account') }),
    t('mail:footer.stop', { url: context.links.url(unsubscribePath(context.secret, userId)) }),
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
async function deadlineMove(store: Store, notice: NoticeRecord, zone: string, language: Language): Promise<{ line: string; deadline: string | null }> {
  const t = translatorFor(language);
  const due = notice.due;
  const link = (await store.consultations.links()).find((candidate) => candidate.statementId === notice.statementId);
  const moves = link?.consultationId ? await store.consultations.moves(link.consultationId) : [];
  const move = moves.findLast((candidate) => due !== null && Date.parse(candidate.to) === Date.parse(due)) ?? moves.at(-1);
  const deadline = due === null ? null : t('mail:deadline.now', { moment: momentInZone(due, zone, language) });
  if (move === undefined) return { line: t('mail:deadline.moved'), deadline };
  const reason = move.reason.trim();
  const from = dayInZone(move.from, zone, new Date(), language);
  const to = dayInZone(move.to, zone, new Date(), language);
  return { line: reason === '' ? t('mail:deadline.movedFromTo', { from, to }) : t('mail:deadline.movedFromToBecause', { from, to, reason }), deadline };
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
  const language = mailLanguage(user);
  const t = translatorFor(language);
  const statement = await store.statements.findById(notice.statementId);
  if (statement === null || !(await stillVisible(store, user, notice, statement))) return null;
  const key = `notice-${notice.id}`;
  // The notice's title without the statement's (named in the next line): "Ana mentioned you: …".
  const what =
    notice.message !== null
      ? noticeWhat(t, notice.message)
      : notice.title.startsWith(`${statement.title} · `)
        ? notice.title.slice(statement.title.length + 3)
        : notice.title;
  const paragraphs = [upperFirst(what), t('mail:notice.onStatement', { title: statement.title })];
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
      if (notice.due !== null) paragraphs.push(t('mail:notice.decisionDue', { moment: momentInZone(notice.due, settings.timeZone, language) }));
      break;
    }
    case 'deadline': {
      const move = await deadlineMove(store, notice, settings.timeZone, language);
      paragraphs.push(move.line);
      if (move.deadline !== null) paragraphs.push(move.deadline);
      break;
    }
    case 'published':
      break;
  }
  const threaded = THREAD_KINDS.includes(notice.kind) && notice.threadId !== null;
  if (threaded) paragraphs.push(t('mail:notice.replyToAnswer'));
  const parts: MailParts = {
    greeting: t('mail:layout.hello', { name: user.name }),
    paragraphs,
    ...(quote === undefined || quote === '' ? {} : { quote }),
    action: { label: actionLabel(t, notice.kind), url: context.links.url(notice.url) },
    footer: preferencesFooter(context, user.id, settings.email, language),
  };
  const { text, html } = renderMail(parts, language);
  const mail: OutgoingMail = { key, to: user.email, userId: user.id, subject: subjectOf(noticeTitle(t, notice)), text, html };
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
  const language = mailLanguage(user);
  const t = translatorFor(language);
  const digestPeriod = settings.email === 'weekly' ? 'weekly' : 'daily';
  const paragraphs = [t('mail:digest.intro', { n: notices.length, period: digestPeriod })];
  for (const group of GROUPS) {
    const items = notices.filter((notice) => group.kinds.includes(notice.kind));
    if (items.length === 0) continue;
    const lines = items.map((notice) => {
      const due = notice.due === null ? '' : ` ${t('mail:digest.due', { date: dayInZone(notice.due, settings.timeZone, new Date(), language) })}`;
      return `• ${noticeTitle(t, notice)}${due}\n  ${context.links.url(notice.url)}`;
    });
    paragraphs.push(`${group.heading(t)} (${items.length})\n${lines.join('\n')}`);
  }
  const { text, html } = renderMail(
    {
      greeting: t('mail:layout.hello', { name: user.name }),
      paragraphs,
      action: { label: t('mail:digest.action'), url: context.links.url('/needs') },
      footer: preferencesFooter(context, user.id, settings.email, language),
    },
    language,
  );
  const subject = t('mail:digest.subject', { n: notices.length, period: digestPeriod });
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
  const language = mailLanguage(user);
  const t = translatorFor(language);
  const when = lead === '7d' ? 'week' : 'day';
  const quote = await openingPassage(context.store, statement);
  const { text, html } = renderMail(
    {
      greeting: t('mail:layout.hello', { name: user.name }),
      paragraphs: [
        reconfirm ? t('mail:reminder.notReconfirmed', { title: statement.title, when }) : t('mail:reminder.notDecided', { title: statement.title, when }),
        t('mail:reminder.deadline', { moment: momentInZone(statement.signOnDeadline, settings.timeZone, language) }),
      ],
      ...(quote === null ? {} : { quote }),
      action: { label: actionLabel(t, reconfirm ? 'reconfirm' : 'signon'), url: context.links.url(`/statements/${statement.id}/sign`) },
      footer: preferencesFooter(context, user.id, settings.email, language),
    },
    language,
  );
  const subject = t('mail:reminder.subject', {
    title: excerptOf(statement.title, 120),
    date: dayInZone(statement.signOnDeadline, settings.timeZone, new Date(), language),
  });
  return { key, to: user.email, userId: user.id, subject, text, html };
}

function upperFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** A subject line: one line, at most 200 characters. */
function subjectOf(title: string): string {
  return excerptOf(title, 200);
}
