import { keyedByContent } from '../layout/keyedByContent.ts';
import type { DiffPart } from './diffBlocks.ts';

/** Words of a diff: removed ones struck through, added ones underlined, the rest as they are. */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {keyedByContent(parts, (part) => `${part.kind}:${part.text}`).map(({ key, item: part }) =>
        part.kind === 'removed' ? (
          <del key={key} className="diff-removed">
            {part.text}
          </del>
        ) : part.kind === 'added' ? (
          <ins key={key} className="diff-added">
            {part.text}
          </ins>
        ) : (
          <span key={key}>{part.text}</span>
        ),
      )}
    </>
  );
}
