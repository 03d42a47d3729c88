import { useTranslation } from 'react-i18next';
import { keyedByContent } from '../layout/keyedByContent.ts';
import type { DiffPart } from './diffBlocks.ts';
import { DiffText } from './DiffText.tsx';
import { sideBySideRows } from './sideBySideRows.ts';

/** The two texts in two columns, older on the left, paragraphs lined up where both have them. */
export function DiffSideBySide({ parts, beforeLabel, afterLabel }: { parts: readonly DiffPart[]; beforeLabel: string; afterLabel: string }) {
  return (
    <div className="diff diff--side-by-side" data-testid="diff">
      <div className="diff-row diff-row--heading" aria-hidden="true">
        <div className="diff-cell">{beforeLabel}</div>
        <div className="diff-cell">{afterLabel}</div>
      </div>
      {keyedByContent(sideBySideRows(parts), (row) => JSON.stringify(row)).map(({ key, item: row }) => (
        <div key={key} className="diff-row">
          <DiffCell label={beforeLabel} blocks={row.before} />
          <DiffCell label={afterLabel} blocks={row.after} />
        </div>
      ))}
    </div>
  );
}

/** One side of a row; on a phone the columns stack, so each cell names its text. */
function DiffCell({ label, blocks }: { label: string; blocks: DiffPart[][] }) {
  const { t } = useTranslation('versions');
  return (
    <div className={`diff-cell${blocks.length === 0 ? ' diff-cell--none' : ''}`}>
      <span className="diff-cell__label">{label}</span>
      {blocks.length === 0 ? (
        <span className="diff-cell__none">{t('compare.notInThisText')}</span>
      ) : (
        keyedByContent(blocks, (block) => JSON.stringify(block)).map(({ key, item: block }) => (
          <p key={key}>
            <DiffText parts={block} />
          </p>
        ))
      )}
    </div>
  );
}
