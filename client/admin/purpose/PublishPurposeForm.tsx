import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../api/apiRequest.ts';
import { dateLocale } from '../../i18n/dateLocale.ts';
import { ConfirmButton } from '../../layout/ConfirmButton.tsx';

// The limits of publishPurposeInput (shared/schemas/purpose.ts).
const MIN_LENGTH = 20;
const MAX_LENGTH = 20_000;

/** Publishes a new version of the Statement of Purpose, starting from the current text. */
export function PublishPurposeForm({ current, onPublished }: { current: { version: number; text: string }; onPublished(): Promise<void> }) {
  const { t, i18n } = useTranslation('adminPurpose');
  const [text, setText] = useState(current.text);
  const length = text.trim().length;
  const unchanged = text.trim() === current.text.trim();
  const next = current.version + 1;
  const number = new Intl.NumberFormat(dateLocale(i18n.language));

  return (
    <section className="panel panel--section" aria-labelledby="publish-purpose-heading">
      <h2 id="publish-purpose-heading">{t('publish.heading', { version: next })}</h2>
      <div className="notice notice--warn">{t('publish.warning', { version: next })}</div>
      <div className="field">
        <label htmlFor="purpose-text-input">{t('publish.textLabel', { version: next })}</label>
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
          {t('publish.length', { length: number.format(length), max: number.format(MAX_LENGTH), min: number.format(MIN_LENGTH) })}
        </small>
      </div>
      <div className="form__actions">
        <ConfirmButton
          label={t('publish.button', { version: next })}
          tone="plain"
          disabled={unchanged || length < MIN_LENGTH}
          question={t('publish.question', { version: next })}
          confirmLabel={t('publish.confirm')}
          failure={t('publish.failed')}
          onConfirm={async () => {
            await apiRequest('POST', '/api/purpose', { text });
            await onPublished();
          }}
        />
        {unchanged && <span className="muted small">{t('publish.unchanged')}</span>}
      </div>
    </section>
  );
}
