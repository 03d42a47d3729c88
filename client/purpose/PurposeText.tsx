import { keyedByContent } from '../layout/keyedByContent.ts';

/** The Statement of Purpose as the reader sees it: plain text, a blank line between paragraphs. */
export function PurposeText({ text }: { text: string }) {
  return (
    <div className="purpose-text" data-testid="purpose-text">
      {keyedByContent(
        text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()),
        (paragraph) => paragraph,
      ).map(({ key, item: paragraph }) => (
        <p key={key}>{paragraph}</p>
      ))}
    </div>
  );
}
