import type { TFunction } from 'i18next';
import type { NoticeMessage, NoticeRecord } from '../store/records.ts';

/** What happened, without the statement's title: "Ana mentioned you: “…”" (a mail names the statement in its own line). */
export function noticeWhat(t: TFunction, message: NoticeMessage): string {
  const { values } = message;
  const author = values.author ? values.author : t('notices:someone');
  switch (message.key) {
    case 'mention':
      return t('notices:what.mention', { author, excerpt: values.excerpt ?? '' });
    case 'reply':
      return t('notices:what.reply', { author, excerpt: values.excerpt ?? '' });
    case 'suggestion':
      return t('notices:what.suggestion', { author });
    case 'accepted':
      return t('notices:what.accepted', { author });
    case 'rejected':
      return t('notices:what.rejected', { author });
    case 'signon':
      return t('notices:what.signon', { organisation: values.organisation ?? '' });
    case 'reconfirm':
      return t('notices:what.reconfirm', { organisation: values.organisation ?? '' });
    case 'published':
      return t('notices:what.published');
    case 'deadline':
      return t('notices:what.deadline', { consultation: values.consultation ?? '' });
  }
}

/** A notice's title for one reader: "<statement> · <what happened>" in `t`'s language; an older notice's stored English title. */
export function noticeTitle(t: TFunction, notice: Pick<NoticeRecord, 'title' | 'message'>): string {
  if (notice.message === null) return notice.title;
  return t('notices:title', { statement: notice.message.values.statement ?? '', what: noticeWhat(t, notice.message) });
}
