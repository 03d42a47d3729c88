import { Link, useSearchParams } from 'react-router';
import type { MeView, SearchResultView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { FormError } from '../layout/FormError.tsx';

const KIND_LABELS: Record<SearchResultView['kind'], string> = { statement: 'Statement', comment: 'Comment', version: 'Version' };

function resultLink(result: SearchResultView): string {
  const statement = `/statements/${encodeURIComponent(result.statementId)}`;
  return result.kind === 'version' ? `${statement}/versions` : statement;
}

/** Search across the statements, comments and versions the user may read (the server decides which). */
export function SearchPage({ me }: { me: MeView }) {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  return (
    <>
      <AppHeader me={me} />
      <main className="page">
        <h1>Search</h1>
        {q.length < 2 ? <p className="muted">Type at least two characters in the search box.</p> : <SearchResults key={q} q={q} />}
      </main>
    </>
  );
}

/** The matches for one query. */
function SearchResults({ q }: { q: string }) {
  const results = useApiResource<SearchResultView[]>(`/api/search?q=${encodeURIComponent(q)}`, 'The search failed.');
  return (
    <>
      <p className="muted">{results.data === null ? 'Searching…' : `${results.data.length} ${results.data.length === 1 ? 'match' : 'matches'} for “${q}”`}</p>
      <FormError message={results.error} />
      <ul className="search-results">
        {(results.data ?? []).map((result, index) => (
          <li key={`${result.kind}-${result.statementId}-${result.threadId ?? result.versionNumber ?? index}`}>
            <span className="badge badge--inline">{KIND_LABELS[result.kind]}</span> <Link to={resultLink(result)}>{result.statementTitle}</Link>
            {result.versionNumber !== undefined && <span className="muted small"> · version {result.versionNumber}</span>}
            <p className="search-results__snippet">{result.snippet}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
