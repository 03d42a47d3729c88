import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MeView, SearchResultView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { FormError } from '../layout/FormError.tsx';

/** A result's kind, in the reader's language. */
function kindLabel(t: TFunction<'search'>, kind: SearchResultView['kind']): string {
  switch (kind) {
    case 'statement':
      return t('kind.statement');
    case 'comment':
      return t('kind.comment');
    case 'version':
      return t('kind.version');
  }
}

function resultLink(result: SearchResultView): string {
  const statement = `/statements/${encodeURIComponent(result.statementId)}`;
  return result.kind === 'version' ? `${statement}/versions` : statement;
}

/** Search across the statements, comments and versions the user may read (the server decides which). */
export function SearchPage({ me }: { me: MeView }) {
  const { t } = useTranslation('search');
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  return (
    <>
      <AppHeader me={me} />
      <main className="page">
        <h1>{t('title')}</h1>
        {q.length < 2 ? <p className="muted">{t('tooShort')}</p> : <SearchResults key={q} q={q} />}
      </main>
    </>
  );
}

/** The matches for one query. */
function SearchResults({ q }: { q: string }) {
  const { t } = useTranslation('search');
  const results = useApiResource<SearchResultView[]>(`/api/search?q=${encodeURIComponent(q)}`, t('failed'));
  return (
    <>
      <p className="muted">{results.data === null ? t('searching') : t('matches', { matches: results.data.length, query: q })}</p>
      <FormError message={results.error} />
      <ul className="search-results" aria-busy={results.data === null}>
        {(results.data ?? []).map((result, index) => (
          <li key={`${result.kind}-${result.statementId}-${result.threadId ?? result.versionNumber ?? index}`}>
            <span className="badge badge--inline">{kindLabel(t, result.kind)}</span> <Link to={resultLink(result)}>{result.statementTitle}</Link>
            {result.versionNumber !== undefined && <span className="muted small"> · {t('version', { number: result.versionNumber })}</span>}
            <p className="search-results__snippet">{result.snippet}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
