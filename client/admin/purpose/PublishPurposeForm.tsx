import { useState } from 'react';
import { apiRequest } from '../../api/apiRequest.ts';
import { ConfirmButton } from '../../layout/ConfirmButton.tsx';

// The limits of publishPurposeInput (shared/schemas/purpose.ts).
const MIN_LENGTH = 20;
const MAX_LENGTH = 20_000;

/** Publishes a new version of the Statement of Purpose, starting from the current text. */
export function PublishPurposeForm({ current, onPublished }: { current: { version: number; text: string }; onPublished(): Promise<void> }) {
  const [text, setText] = useState(current.text);
  const length = text.trim().length;
  const unchanged = text.trim() === current.text.trim();
  const next = current.version + 1;

  return (
    <section className="panel panel--section" aria-labelledby="publish-purpose-heading">
      <h2 id="publish-purpose-heading">Publish version {next}</h2>
      <div className="notice notice--warn">
        Every organisation will be asked to agree again. Until one of its contacts agrees to version {next}, its contacts can read drafts but cannot comment,
        fork or sign.
      </div>
      <div className="field">
        <label htmlFor="purpose-text-input">Text of version {next}</label>
        <textarea
          id="purpose-text-input"
          className="purpose-editor"
          value={text}
          rows={12}
          maxLength={MAX_LENGTH}
          aria-describedby="purpose-text-hint"
          onChange={(event) => setText(event.target.value)}
        />
        <small className="muted" id="purpose-text-hint">
          {length.toLocaleString()} of {MAX_LENGTH.toLocaleString()} characters (at least {MIN_LENGTH}). Leave a blank line between paragraphs.
        </small>
      </div>
      <div className="form__actions">
        <ConfirmButton
          label={`Publish version ${next}`}
          tone="plain"
          disabled={unchanged || length < MIN_LENGTH}
          question={`Publish version ${next} and ask every organisation to agree again?`}
          confirmLabel="Publish"
          failure="The new version could not be published."
          onConfirm={async () => {
            await apiRequest('POST', '/api/purpose', { text });
            await onPublished();
          }}
        />
        {unchanged && <span className="muted small">Edit the text to publish a new version.</span>}
      </div>
    </section>
  );
}
