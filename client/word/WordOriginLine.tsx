import { useTranslation } from 'react-i18next';
import type { WordOriginView } from '../../shared/api/types.ts';
import { dateLocale } from '../i18n/dateLocale.ts';

/** "Word: <author>, <date>" on a thread or comment imported from a .docx. */
export function WordOriginLine({ origin }: { origin: WordOriginView | undefined }) {
  const { t } = useTranslation('word');
  if (origin === undefined) return null;
  const date = origin.date === null ? null : new Date(origin.date);
  const when =
    date === null || Number.isNaN(date.getTime()) ? null : new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return (
    <p className="muted word-origin">
      {when === null ? t('origin.authorOnly', { author: origin.author }) : t('origin.line', { author: origin.author, date: when })}
    </p>
  );
}
