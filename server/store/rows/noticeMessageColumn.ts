import { NOTICE_MESSAGE_KEYS, type NoticeMessage, type NoticeMessageKey } from '../records.ts';

/** The `title_message` column of both stores: a notice's title message as JSON text, or NULL. */
export const noticeMessageColumn = {
  write(message: NoticeMessage | null): string | null {
    return message === null ? null : JSON.stringify(message);
  },

  /** The stored message, or null (an older notice, or a row this version cannot read: its English title stands). */
  read(text: string | null): NoticeMessage | null {
    if (text === null) return null;
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { key, values } = parsed as { key?: unknown; values?: unknown };
    if (!NOTICE_MESSAGE_KEYS.includes(key as NoticeMessageKey) || typeof values !== 'object' || values === null) return null;
    const strings: Record<string, string> = {};
    for (const [name, value] of Object.entries(values)) if (typeof value === 'string') strings[name] = value;
    return { key: key as NoticeMessageKey, values: strings };
  },
};
