import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from './apiRequest.ts';
import { errorMessage } from './errorMessage.ts';

export interface ApiResource<T> {
  /** null until the first answer for this path arrives; kept while reloading so the page does not flicker. */
  data: T | null;
  error: string | null;
  reload(): void;
}

const getOne = <T>(path: string) => apiRequest<T>('GET', path);

/**
 * GETs `path` and keeps its answer; `reload` asks again after a change. `load` may fetch it another
 * way (apiRequestAll: every page of a list, for lookups).
 */
export function useApiResource<T>(path: string, failure: string, load: (path: string) => Promise<T> = getOne): ApiResource<T> {
  const [loaded, setLoaded] = useState<{ path: string; data: T } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is a trigger, not read inside: reload bumps it to ask again
  useEffect(() => {
    let current = true;
    load(path).then(
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
  }, [path, failure, generation, load]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  // An answer for another path (the page moved to another organisation) is not this one's.
  return { data: loaded?.path === path ? loaded.data : null, error, reload };
}
