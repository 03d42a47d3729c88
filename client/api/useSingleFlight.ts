import { useCallback, useRef, useState } from 'react';

/**
 * Runs one server action at a time: a second call while the first is on its way (a double click, a key held
 * down) does nothing. `busy` is for disabling the control; the ref answers before React has re-rendered.
 */
export function useSingleFlight() {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (action: () => Promise<void>): Promise<void> => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await action();
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, run };
}
