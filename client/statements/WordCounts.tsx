import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { useTextCounts } from './useTextCounts.ts';

/** From this share of the limit on, the count shows the limit beside it. */
const NEAR_LIMIT = 0.9;

/** Words and characters of the text and of the selection, live; with the statement's word limit as the text approaches it, and over it. */
export function WordCounts({ editor, wordLimit }: { editor: Editor | null; wordLimit: number | null }) {
  const { t } = useTranslation('statements');
  const { text, selection } = useTextCounts(editor);
  if (text === null) return null;
  const near = wordLimit !== null && text.words >= wordLimit * NEAR_LIMIT;
  const over = wordLimit !== null && text.words > wordLimit;
  return (
    <p className="muted small word-counts" data-testid="word-counts">
      <span data-testid="text-counts">{t('counts.text', { words: text.words, characters: text.characters })}</span>
      {selection !== null && (
        <span data-testid="selection-counts">
          {' · '}
          {t('counts.selection', { words: selection.words, characters: selection.characters })}
        </span>
      )}
      {near && wordLimit !== null && (
        <strong className={over ? 'word-counts__over' : 'word-counts__near'} data-testid="word-limit">
          {' · '}
          {over
            ? t('counts.overLimit', { words: text.words, limit: wordLimit, over: text.words - wordLimit })
            : t('counts.nearLimit', { words: text.words, limit: wordLimit })}
        </strong>
      )}
    </p>
  );
}
