import { useEffect, useState } from 'react';
import type { MentionableView } from '../../shared/api/types.ts';
import { apiRequestAll } from '../api/apiRequestAll.ts';

let directory: Promise<MentionableView[]> | null = null;

/** The people and organisations one can @mention, fetched once per page load (and again after a failure). */
export function useMentionable(): MentionableView[] {
  const [entries, setEntries] = useState<MentionableView[]>([]);

  useEffect(() => {
    let current = true;
    directory ??= apiRequestAll<MentionableView>('/api/mentionable').catch(() => {
      directory = null;
      return [];
    });
    void directory.then((loaded) => {
      if (current) setEntries(loaded);
    });
    return () => {
      current = false;
    };
  }, []);

  return entries;
}
