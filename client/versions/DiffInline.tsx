import { keyedByContent } from '../layout/keyedByContent.ts';
import { blockKind } from './blockKind.ts';
import { diffBlocks, type DiffPart } from './diffBlocks.ts';
import { DiffText } from './DiffText.tsx';

/** Both texts in one: each paragraph with its removed words struck through and its added words underlined. */
export function DiffInline({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <div className="diff diff--inline" data-testid="diff">
      {keyedByContent(diffBlocks(parts), (block) => JSON.stringify(block)).map(({ key, item: block }) => (
        <p key={key} className={`diff-block diff-block--${blockKind(block)}`}>
          <DiffText parts={block} />
        </p>
      ))}
    </div>
  );
}
