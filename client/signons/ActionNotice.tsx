import { useEffect, useRef, type ReactNode } from 'react';

/**
 * What an action just did, announced and focused once when it appears (give each outcome its own
 * `key`): the button that was pressed is gone, the stage moved on, so focus lands on the outcome
 * instead of falling back to the top of the page.
 */
export function ActionNotice({ children, tone = 'ok' }: { children: ReactNode; tone?: 'ok' | 'warn' }) {
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <div ref={notice} className={`notice notice--${tone} sign-on-notice`} role="status" tabIndex={-1}>
      {children}
    </div>
  );
}
