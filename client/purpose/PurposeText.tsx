/** The Statement of Purpose as the reader sees it: plain text, a blank line between paragraphs. */
export function PurposeText({ text }: { text: string }) {
  return (
    <div className="purpose-text" data-testid="purpose-text">
      {text.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index}>{paragraph.trim()}</p>
      ))}
    </div>
  );
}
