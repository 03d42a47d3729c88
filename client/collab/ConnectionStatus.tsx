import type { ConnectionState } from './connectionState.ts';

const LABELS: Record<ConnectionState, { text: string; detail: string }> = {
  connecting: { text: 'Connecting…', detail: 'Loading the latest text from the server.' },
  saving: { text: 'Saving…', detail: 'Your latest edits are on their way to the server.' },
  saved: { text: 'Saved', detail: 'Every edit you made is stored on the server.' },
  reconnecting: { text: 'Reconnecting…', detail: 'The connection dropped. Your edits are kept on this device and will be sent.' },
  offline: { text: 'Offline — edits kept on this device', detail: 'You can keep writing. Your edits merge when you are back online.' },
  'read-only': { text: 'Read only', detail: 'You can read this statement; only its drafters edit the text.' },
  refused: { text: 'Not connected', detail: 'The server refused the connection.' },
};

export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const label = LABELS[state];
  return (
    <span className={`connection connection--${state}`} data-testid="connection-status" data-state={state} title={label.detail} role="status" aria-live="polite">
      <span className="connection__dot" aria-hidden="true" />
      {label.text}
    </span>
  );
}
