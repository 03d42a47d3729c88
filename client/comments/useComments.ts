import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebsocketProvider } from 'y-websocket';
import type { ThreadKind, ThreadView } from '../../shared/api/types.ts';
import { draftFromSelection, type ThreadDraft } from './draftFromSelection.ts';
import type { Placement } from './placeAnchors.ts';
import { showThreadWords } from './showThreadWords.ts';
import type { TextRange } from './textSpan.ts';
import type { ThreadHighlightsInput } from './threadHighlightsKey.ts';
import { useThreadHighlights } from './useThreadHighlights.ts';
import { useThreadPlacements } from './useThreadPlacements.ts';
import { useThreads } from './useThreads.ts';
import { useLinkedThread } from './useLinkedThread.ts';

export interface Comments {
  /** null until loaded. */
  threads: ThreadView[] | null;
  error: string | null;
  placements: ReadonlyMap<string, Placement>;
  activeThreadId: string | null;
  draft: ThreadDraft | null;
  /** Why the selected words could not be commented on. */
  notice: string | null;
  /** Starts a comment or suggestion on a range of the editor (the selection, see useTextSelection). */
  compose(kind: ThreadKind, range: TextRange | null): void;
  dismissNotice(): void;
  cancelDraft(): void;
  handleCreated(thread: ThreadView): void;
  handleChanged(thread: ThreadView): void;
  /** Makes a thread the active one and shows its words. */
  selectThread(threadId: string): void;
}

/** The comment threads of a statement, tied to its editor: live list, highlights, composing. */
export function useComments(statementId: string, provider: WebsocketProvider | null, editor: Editor | null): Comments {
  const { t } = useTranslation('comments');
  const { threads, error, upsert } = useThreads(statementId, provider);
  const [activeThreadId, setActiveThreadId] = useState<string | null>(null);
  const [draft, setDraft] = useState<ThreadDraft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const placements = useThreadPlacements(editor);
  // Where the keyboard was when the composer opened (the text, a button): it goes back there when the composer
  // closes, sent or cancelled, rather than to the top of the page with the form that held it.
  const focusBeforeDraft = useRef<Element | null>(null);
  const restoreFocus = useRef(false);

  const highlights = useMemo<ThreadHighlightsInput>(() => ({ threads: threads ?? [], activeThreadId, draft }), [threads, activeThreadId, draft]);
  useThreadHighlights(editor, highlights, setActiveThreadId);

  const compose = useCallback(
    (kind: ThreadKind, range: TextRange | null) => {
      if (editor === null) return;
      const result = draftFromSelection(editor, kind, range, t);
      if ('problem' in result) {
        setNotice(result.problem);
        return;
      }
      setNotice(null);
      // A composer replaced by another keeps the place the first one came from.
      const active = document.activeElement;
      if (active === null || active.closest('.thread-composer') === null) focusBeforeDraft.current = active;
      setDraft(result);
    },
    [editor, t],
  );

  const dismissNotice = useCallback(() => setNotice(null), []);
  const cancelDraft = useCallback(() => {
    restoreFocus.current = true;
    setDraft(null);
  }, []);

  const handleCreated = useCallback(
    (thread: ThreadView) => {
      upsert(thread);
      restoreFocus.current = true;
      setDraft(null);
      setActiveThreadId(thread.id);
    },
    [upsert],
  );

  useEffect(() => {
    if (draft !== null || !restoreFocus.current) return;
    restoreFocus.current = false;
    const before = focusBeforeDraft.current;
    focusBeforeDraft.current = null;
    // Only if the composer took the keyboard with it: a reader who clicked elsewhere meanwhile keeps their place.
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    if (editor !== null && before !== null && editor.view.dom.contains(before)) editor.commands.focus();
    else if (before instanceof HTMLElement && before.isConnected) before.focus();
  }, [draft, editor]);

  const selectThread = useCallback(
    (threadId: string) => {
      setActiveThreadId(threadId);
      if (editor !== null) showThreadWords(editor, threadId);
    },
    [editor],
  );
  useLinkedThread(threads, editor !== null, selectThread);

  return { threads, error, placements, activeThreadId, draft, notice, compose, dismissNotice, cancelDraft, handleCreated, handleChanged: upsert, selectThread };
}
