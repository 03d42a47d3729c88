import { useTranslation } from 'react-i18next';
import type { ThreadView } from '../../shared/api/types.ts';

/** A suggestion's old words → its new ones; an empty side is an insertion or a deletion. */
export function SuggestionChange({ thread }: { thread: ThreadView }) {
  const { t } = useTranslation('comments');
  return (
    <span className="suggestion-change">
      {thread.quote ? (
        <del className="suggestion-change__old">{thread.quote}</del>
      ) : (
        <span className="suggestion-change__none">{t('suggestion.newWords')}</span>
      )}
      <span className="suggestion-change__arrow" aria-hidden="true">
        {' '}
        →{' '}
      </span>
      <span className="visually-hidden">{t('suggestion.becomes')}</span>
      {thread.replacement ? (
        <ins className="suggestion-change__new">{thread.replacement}</ins>
      ) : (
        <span className="suggestion-change__none">{t('suggestion.deleted')}</span>
      )}
    </span>
  );
}
