import type { DiffPart } from './diffBlocks.ts';

/** Words of a diff: removed ones struck through, added ones underlined, the rest as they are. */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'removed' ? (
          <del key={index} className="diff-removed">{part.text}</del>
        ) : part.kind === 'added' ? (
          <ins key={index} className="diff-added">{part.text}</ins>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
