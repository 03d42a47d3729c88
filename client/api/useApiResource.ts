import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from './apiRequest.ts';
import { errorMessage } from './errorMessage.ts';

export interface ApiResource<T> {
  /** null until the first answer for this path arrives; kept while reloading so the page does not flicker. */
  data: T | null;
  error: string | null;
  reload(): void;
}

/** GETs `path` and keeps its answer; `reload` asks again after a change. */
export function useApiResource<T>(path: string, failure: string): ApiResource<T> {
  const [loaded, setLoaded] = useState<{ path: string; data: T } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    apiRequest<T>('GET', path).then(
      (data) => {
        if (!current) return;
        setLoaded({ path, data });
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

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  // An answer for another path (the page moved to another organisation) is not this one's.
  return { data: loaded?.path === path ? loaded.data : null, error, reload };
}
