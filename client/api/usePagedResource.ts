import { useCallback, useEffect, useState } from 'react';
import { apiPage } from './apiPage.ts';
import { errorMessage } from './errorMessage.ts';

export interface PagedResource<T> {
  /** The pages loaded so far, in order; null until the first arrives. */
  data: T[] | null;
  error: string | null;
  /** Loads the next page after the ones shown; null when there is none. */
  loadMore: (() => void) | null;
  loadingMore: boolean;
  /** Starts again from the first page (after a change). */
  reload(): void;
}

/** A list the server answers page by page: the first page at once, the next ones on "Load more". */
export function usePagedResource<T>(path: string, failure: string): PagedResource<T> {
  const [loaded, setLoaded] = useState<{ path: string; items: T[]; next: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation asks for the first page again
  useEffect(() => {
    let current = true;
    apiPage<T>(path).then(
      (page) => {
        if (!current) return;
        setLoaded({ path, items: page.items, next: page.next });
        setError(null);
      },
      (caught: unknown) => {
        if (current) setError(errorMessage(caught, failure));
      },
    );
    return () => {
      current = false;
    };
  }, [path, failure, generation]);

  const next = loaded?.path === path ? loaded.next : null;
  const loadMore = useCallback(() => {
    if (next === null) return;
    setLoadingMore(true);
    apiPage<T>(next).then(
      (page) => {
        setLoaded((shown) =>
          shown === null || shown.path !== path || shown.next !== next ? shown : { path, items: [...shown.items, ...page.items], next: page.next },
        );
        setLoadingMore(false);
      },
      (caught: unknown) => {
        setError(errorMessage(caught, failure));
        setLoadingMore(false);
      },
    );
  }, [next, path, failure]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data: loaded?.path === path ? loaded.items : null, error, loadMore: next === null ? null : loadMore, loadingMore, reload };
}
