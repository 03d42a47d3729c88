import { useLayoutEffect, useRef } from 'react';
import { connectionState, type ConnectionState, type LinkState } from './connectionState.ts';
import type { SaveSignal } from './SaveSignal.ts';

const LABELS: Record<ConnectionState, { text: string; detail: string }> = {
  connecting: { text: 'Connecting…', detail: 'Loading the latest text from the server.' },
  saving: { text: 'Saving…', detail: 'Your latest edits are on their way to the server.' },
  saved: { text: 'Saved', detail: 'Every edit you made is stored on the server.' },
  reconnecting: { text: 'Reconnecting…', detail: 'The connection dropped. Your edits are kept on this device and will be sent.' },
  unavailable: { text: 'Server busy — retrying', detail: 'The server is temporarily unavailable. Your edits are kept on this device and will be sent.' },
  offline: { text: 'Offline — edits kept on this device', detail: 'You can keep writing. Your edits merge when you are back online.' },
  'read-only': { text: 'Read only', detail: 'You can read this statement; only its drafters edit the text.' },
  refused: { text: 'Not connected', detail: 'The server refused the connection.' },
};

/**
 * The connection and save state. Saving ↔ Saved flips on every keystroke, so the pill repaints
 * itself from the save signal rather than through a React render (see SaveSignal).
 */
export function ConnectionStatus({ link, save }: { link: LinkState; save: SaveSignal }) {
  const pill = useRef<HTMLSpanElement>(null);
  const text = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const paint = () => {
      const state = connectionState(link, save.current);
      const label = LABELS[state];
      pill.current!.className = `connection connection--${state}`;
      pill.current!.dataset.state = state;
      pill.current!.title = label.detail;
      text.current!.textContent = label.text;
    };
    paint();
    return save.subscribe(paint);
  }, [link, save]);

  return (
    <span ref={pill} className="connection" data-testid="connection-status" role="status" aria-live="polite">
      <span className="connection__dot" aria-hidden="true" />
      <span ref={text} />
    </span>
  );
}
