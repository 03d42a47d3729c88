import { useEffect, useRef } from 'react';

/**
 * Calls `refresh` when the reader comes back to the tab and, with `everyMs`, on a timer while the
 * tab is visible: signatures arrive from other people without anyone reloading the page.
 */
export function useLiveRefresh(refresh: () => void, everyMs?: number): void {
  const latest = useRef(refresh);
  latest.current = refresh;

  useEffect(() => {
    const handleVisible = () => {
      if (document.visibilityState === 'visible') latest.current();
    };
    const handleFocus = () => latest.current();
    window.addEventListener('focus', handleFocus);
    document.addEventListener('visibilitychange', handleVisible);
    const timer = everyMs === undefined ? undefined : window.setInterval(handleVisible, everyMs);
    return () => {
      window.removeEventListener('focus', handleFocus);
      document.removeEventListener('visibilitychange', handleVisible);
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [everyMs]);
}
