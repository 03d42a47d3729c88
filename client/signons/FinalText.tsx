import { Trans, useTranslation } from 'react-i18next';
import type { StatementView, VersionContentView } from '../../shared/api/types.ts';
import { formatDateTime } from '../layout/formatDateTime.ts';
import { FinalDocument } from './FinalDocument.tsx';

/**
 * The exact text being signed, as frozen: title, version number, the whole hash (what the
 * signature binds to, so anyone can compare it with the public page) and the text through the schema.
 */
export function FinalText({ statement, version }: { statement: StatementView; version: VersionContentView }) {
  const { t } = useTranslation('signons');
  return (
    <article className="final-text" aria-labelledby="final-text-title" data-testid="final-text">
      <header className="final-text__header">
        <p className="final-text__kicker">
          <Trans t={t} i18nKey="final.kicker" values={{ version: version.number }} components={{ number: <span data-testid="final-version-number" /> }} />
        </p>
        <h2 id="final-text-title" className="final-text__title">
          {statement.title}
        </h2>
        <p className="muted small">
          <Trans
            t={t}
            i18nKey="final.frozen"
            values={{ when: formatDateTime(version.createdAt), name: version.createdBy.name }}
            components={{ time: <time dateTime={version.createdAt} /> }}
          />
        </p>
        <p className="final-text__hash small">
          {t('final.hashName')} <code data-testid="final-hash">{version.hash}</code>
        </p>
      </header>
      <div className="version-text final-text__body" data-testid="final-text-body">
        {/* Through the editor schema, as signed and as published: headings, lists and every link's address (L6). */}
        {version.blocks.length === 0 ? <p className="muted">{t('final.empty')}</p> : <FinalDocument document={version.document} label={t('final.label')} />}
      </div>
    </article>
  );
}
