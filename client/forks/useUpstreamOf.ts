import { useEffect, useState } from 'react';
import type { StatementView, UpstreamView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';

/**
 * For a fork: its upstream and whether it changed since the last pull, asked after the first
 * render so it never holds up the page. Null for anything else, while asking, and when the
 * upstream cannot be read. Asks again whenever the statement is reloaded (after a pull, say).
 */
export function useUpstreamOf(statement: StatementView): UpstreamView | null {
  const [upstream, setUpstream] = useState<{ statement: StatementView; view: UpstreamView } | null>(null);

  useEffect(() => {
    if (statement.forkOf === null) return;
    let current = true;
    apiRequest<UpstreamView>('GET', `/api/statements/${encodeURIComponent(statement.id)}/upstream`).then(
      (view) => {
        if (current) setUpstream({ statement, view });
      },
      // A missing dot and a plainer line are all the links lose; the upstream page says what went wrong.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [statement]);

  // An answer about another statement (the page moved on) is not this one's.
  return upstream?.statement.id === statement.id ? upstream.view : null;
}
