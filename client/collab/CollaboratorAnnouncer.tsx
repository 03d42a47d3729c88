import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CollaboratorPlace, collaboratorPlaces } from './collaboratorPlaces.ts';
import { presentUsers } from './presentUsers.ts';
import type { Collaboration } from './useCollaboration.ts';

/** How long joins and leaves are gathered before one announcement: a flaky link never chatters. */
const SETTLE_MS = 1_500;
export const WHERE_SHORTCUT = 'Alt+Shift+P';

function isWhereShortcut(event: KeyboardEvent): boolean {
  // By key position: Alt and Shift change the character the P key types on some keyboards.
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP';
}

function describePlace({ name, place }: CollaboratorPlace, t: TFunction<'collab'>): string {
  switch (place.kind) {
    case 'paragraph':
      return t('where.paragraph', { name, n: place.n });
    case 'heading':
      return t('where.heading', { name, text: place.text });
    case 'list':
      return t('where.list', { name, n: place.n });
    case 'quote':
      return t('where.quote', { name });
    case 'nowhere':
      return t('where.nowhere', { name });
  }
}

/** "Ana is in paragraph 3; Ben is in the heading “Our requests”." */
export function describePlaces(places: readonly CollaboratorPlace[], t: TFunction<'collab'>): string {
  if (places.length === 0) return t('where.alone');
  return t('where.sentence', { places: places.map((each) => describePlace(each, t)).join('; ') });
}

/**
 * A polite live region for screen readers: who joined or left the statement (gathered for a moment,
 * and only when the people change, never on a caret move or a keystroke), and, on Alt+Shift+P or
 * the button, where the other people's carets are.
 */
export function CollaboratorAnnouncer({ collaboration, editor, selfId }: { collaboration: Collaboration; editor: Editor; selfId: string }) {
  const { t } = useTranslation('collab');
  const [message, setMessage] = useState('');
  // Whether the people present at opening are known, so that changes from now on are announced.
  const [listening, setListening] = useState(false);
  const known = useRef<Map<string, string> | null>(null);
  // Read when joins and leaves settle, so that re-rendering (every transaction re-renders the toolbar) never restarts the wait.
  const words = useRef(t);
  words.current = t;

  const say = useCallback((words: string) => {
    // The same words twice (asking twice) must be said twice: change the text, then set it.
    setMessage((previous) => (previous === words ? `${words}\u00a0` : words));
  }, []);

  useEffect(() => {
    const awareness = collaboration.provider.awareness;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const others = () =>
      new Map(
        presentUsers(awareness.getStates() as Map<number, Record<string, unknown>>)
          .filter((user) => user.id !== selfId)
          .map((user) => [user.id, user.name]),
      );
    const settle = () => {
      timer = undefined;
      const now = others();
      const before = known.current;
      known.current = now;
      // The people already here when the statement opened are not news.
      if (before === null) {
        setListening(true);
        return;
      }
      const t = words.current;
      const joined = [...now].filter(([id]) => !before.has(id)).map(([, name]) => t('live.joined', { name }));
      const left = [...before].filter(([id]) => !now.has(id)).map(([, name]) => t('live.left', { name }));
      if (joined.length + left.length > 0) say([...joined, ...left].join(' '));
    };
    const handleChange = () => {
      const now = others();
      const before = known.current;
      const changed = before === null || now.size !== before.size || [...now.keys()].some((id) => !before.has(id));
      if (changed && timer === undefined) timer = setTimeout(settle, SETTLE_MS);
    };
    awareness.on('change', handleChange);
    timer = setTimeout(settle, SETTLE_MS);
    return () => {
      awareness.off('change', handleChange);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [collaboration, selfId, say]);

  const announcePlaces = useCallback(() => {
    const states = collaboration.provider.awareness.getStates() as Map<number, Record<string, unknown>>;
    say(describePlaces(collaboratorPlaces(states, editor.state, selfId), t));
  }, [collaboration, editor, selfId, t, say]);

  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      if (!isWhereShortcut(event)) return;
      event.preventDefault();
      announcePlaces();
    };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, [announcePlaces]);

  return (
    <>
      <button
        type="button"
        className="toolbar__button toolbar__button--text"
        title={t('where.title', { shortcut: WHERE_SHORTCUT })}
        aria-keyshortcuts={WHERE_SHORTCUT}
        onMouseDown={(event) => event.preventDefault()}
        onClick={announcePlaces}
      >
        {t('where.button')}
      </button>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-announcer" data-listening={listening}>
        {message}
      </div>
    </>
  );
}
