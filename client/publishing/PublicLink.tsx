import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../shared/api/types.ts';
import { DownloadLink } from '../layout/DownloadLink.tsx';
import { TransferProgress } from '../layout/TransferProgress.tsx';
import { useTransfer } from '../layout/useTransfer.ts';
import { publicPath } from './publicPath.ts';

const EXPORTS = [
  ['pdf', 'PDF'],
  ['docx', 'Word'], // i18n-ignore: a file format's name
  ['md', 'Markdown'], // i18n-ignore: a file format's name
  ['html', 'HTML'],
] as const;

/**
 * The statement's page on the public site, and its exports. Plain links, not router links: the
 * public site is served by the server, outside this app. The exports download with progress (a
 * PDF can take seconds), one progress view for all of them.
 */
export function PublicLink({ statement, url }: { statement: StatementView; url?: string }) {
  const { t } = useTranslation('publishing');
  const transfer = useTransfer();
  const path = publicPath(statement);
  const shown = url ?? new URL(path, window.location.origin).href;
  const name = path.split('/').pop() ?? statement.slug;
  return (
    <div className="public-link" data-testid="public-link">
      <p className="public-link__label small">{statement.stage === 'withdrawn' ? t('publicLink.keptWithdrawn') : t('publicLink.onPublicSite')}</p>
      <a className="public-link__url" href={path} target="_blank" rel="noopener">
        {shown}
      </a>
      <p className="public-link__exports small">
        {t('publicLink.download')}{' '}
        {EXPORTS.map(([extension, label], index) => (
          <span key={extension}>
            {index > 0 && ' · '}
            <DownloadLink href={`${path}.${extension}`} file={label} fallbackName={`${name}.${extension}`} transfer={transfer}>
              {label}
            </DownloadLink>
          </span>
        ))}
      </p>
      <TransferProgress transfer={transfer} />
    </div>
  );
}
