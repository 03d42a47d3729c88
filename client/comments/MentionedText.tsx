import type { CommentView } from '../../shared/api/types.ts';
import { keyedByContent } from '../layout/keyedByContent.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A comment's words with its @mentions marked; text only, never HTML. */
export function MentionedText({ text, mentions }: { text: string; mentions: CommentView['mentions'] }) {
  const names = [...new Set(mentions.map((mention) => `@${mention.name}`))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return <>{text}</>;
  const parts = text.split(new RegExp(`(${names.map(escapeRegExp).join('|')})`, 'g'));
  return (
    <>
      {keyedByContent(parts, (part) => part).map(({ key, item: part }, index) =>
        // split() puts the captured names at the odd indexes.
        index % 2 === 1 ? (
          <span key={key} className="mention">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
