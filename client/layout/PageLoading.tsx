import type { ReactNode } from 'react';

/** What a whole page shows while its code or its data is on the way. */
export function PageLoading({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <div className="page-loading" aria-busy="true">
      {children}
    </div>
  );
}
