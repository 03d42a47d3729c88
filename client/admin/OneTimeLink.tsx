import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A one-time link (an invitation, a password reset) for the secretariat to pass on by their own
 * means: Accord sends no e-mail. Shown once, selectable, with a Copy button.
 */
export function OneTimeLink({ label, url, note }: { label: string; url: string; note: string }) {
  const { t } = useTranslation('admin');
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);
  const id = useId();

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, a refused permission): select it for Ctrl+C instead.
      input.current?.select();
      setCopied('select');
    }
  }

  return (
    <div className="one-time-link field">
      <label htmlFor={id}>{label}</label>
      <span className="one-time-link__row">
        <input
          id={id}
          ref={input}
          readOnly
          value={url}
          data-testid="one-time-link"
          aria-describedby={`${id}-note`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button className="button" type="button" onClick={() => void handleCopy()}>
          {t('oneTimeLink.copy')}
        </button>
      </span>
      <p className="muted small" role="status" id={`${id}-note`}>
        {copied === 'yes' && <>{t('oneTimeLink.copied')} </>}
        {copied === 'select' && <>{t('oneTimeLink.selected')} </>}
        {note}
      </p>
    </div>
  );
}
