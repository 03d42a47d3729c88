import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SHOWN = 12;

/**
 * A version's SHA-256, shortened, with the whole of it on hover and a Copy button. Without a
 * clipboard (an insecure origin, a refused permission) the whole hash is shown, selected.
 */
export function VersionHash({ hash, number }: { hash: string; number: number }) {
  const { t } = useTranslation('versions');
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);
  const code = useRef<HTMLElement>(null);

  useEffect(() => {
    if (copied !== 'select' || !code.current) return;
    const range = document.createRange();
    range.selectNodeContents(code.current);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }, [copied]);

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(hash);
      setCopied('yes');
    } catch {
      setCopied('select');
    }
  }

  return (
    <span className="version-hash">
      <code ref={code} title={hash} className={copied === 'select' ? 'version-hash__full' : undefined}>
        {copied === 'select' ? hash : `${hash.slice(0, SHOWN)}…`}
      </code>
      <button className="button button--quiet button--small" type="button" aria-label={t('hash.copyLabel', { number })} onClick={() => void handleCopy()}>
        {copied === 'yes' ? t('hash.copied') : t('hash.copy')}
      </button>
      {copied === 'select' && (
        <span className="muted small" role="status">
          {t('hash.selected')}
        </span>
      )}
    </span>
  );
}
