import type { TFunction } from 'i18next';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { connectionState, type ConnectionState, type LinkState } from './connectionState.ts';
import type { SaveSignal } from './SaveSignal.ts';

/** The pill's words for a state: a short label, and the detail in its title. Called at paint time (the language may change). */
function stateLabel(state: ConnectionState, t: TFunction<'collab'>): { text: string; detail: string } {
  switch (state) {
    case 'connecting':
      return { text: t('connection.connecting'), detail: t('connection.connectingDetail') };
    case 'saving':
      return { text: t('connection.saving'), detail: t('connection.savingDetail') };
    case 'saved':
      return { text: t('connection.saved'), detail: t('connection.savedDetail') };
    case 'reconnecting':
      return { text: t('connection.reconnecting'), detail: t('connection.reconnectingDetail') };
    case 'unavailable':
      return { text: t('connection.unavailable'), detail: t('connection.unavailableDetail') };
    case 'offline':
      return { text: t('connection.offline'), detail: t('connection.offlineDetail') };
    case 'read-only':
      return { text: t('connection.readOnly'), detail: t('connection.readOnlyDetail') };
    case 'refused':
      return { text: t('connection.refused'), detail: t('connection.refusedDetail') };
  }
}

/**
 * The connection and save state. Saving ↔ Saved flips on every keystroke, so the pill repaints
 * itself from the save signal rather than through a React render (see SaveSignal).
 */
export function ConnectionStatus({ link, save }: { link: LinkState; save: SaveSignal }) {
  const pill = useRef<HTMLSpanElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  const { t } = useTranslation('collab');

  useLayoutEffect(() => {
    const paint = () => {
      const state = connectionState(link, save.current);
      const label = stateLabel(state, t);
      // i18n-ignore: CSS class names
      pill.current!.className = `connection connection--${state}`;
      pill.current!.dataset.state = state;
      pill.current!.title = label.detail;
      text.current!.textContent = label.text;
    };
    paint();
    return save.subscribe(paint);
  }, [link, save, t]);

  return (
    <span ref={pill} className="connection" data-testid="connection-status" role="status" aria-live="polite">
      <span className="connection__dot" aria-hidden="true" />
      <span ref={text} />
    </span>
  );
}
