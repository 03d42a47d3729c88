import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { fetchNeedCount, NEEDS_CHANGED } from '../api/needs.ts';

const REFRESH_MS = 60_000;

/** How many items need the user: asked every minute, on every navigation and when one is marked done; null until known. */
export function useNeedCount(): number | null {
  const [count, setCount] = useState<number | null>(null);
  const location = useLocation();
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    const changed = () => setChanges((value) => value + 1);
    window.addEventListener(NEEDS_CHANGED, changed);
    return () => window.removeEventListener(NEEDS_CHANGED, changed);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the location and `changes` are triggers, not read inside: each asks again
  useEffect(() => {
    let current = true;
    const ask = () =>
      fetchNeedCount().then(
        (answer) => current && setCount(answer.count),
        // A failed refresh keeps the last count; the next one tries again.
        () => undefined,
      );
    void ask();
    const timer = window.setInterval(() => void ask(), REFRESH_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [location.key, changes]);

  return count;
}
