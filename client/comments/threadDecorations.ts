import { Decoration } from '@tiptap/pm/view';
import i18next from 'i18next';
import type { ThreadView } from '../../shared/api/types.ts';
import type { TextRange } from './textSpan.ts';

/** The proposed words, drawn after the old ones; text only, never parsed as HTML. */
function proposedWords(thread: ThreadView, active: boolean): HTMLElement {
  const element = document.createElement('ins');
  // i18n-ignore: CSS class names
  element.className = active ? 'suggestion-new is-active' : 'suggestion-new';
  element.dataset.threadId = thread.id;
  element.textContent = thread.replacement;
  return element;
}

/**
 * How an open thread shows in the text: a comment highlights its words; a suggestion strikes
 * the old words through and shows the proposed ones right after them.
 */
export function threadDecorations(thread: ThreadView, range: TextRange, active: boolean): Decoration[] {
  const activeClass = active ? ' is-active' : '';
  // What a screen reader says about the marked words: the thread's first words, by whom (WCAG 1.3.1).
  const first = thread.comments[0];
  const who = thread.author.name;
  if (thread.kind === 'comment') {
    const description = i18next.t('comments:highlight.comment', { name: who, text: first?.body ?? '' });
    return range.from < range.to
      ? [Decoration.inline(range.from, range.to, { class: `thread-highlight${activeClass}`, 'data-thread-id': thread.id, 'aria-description': description })]
      : [];
  }
  const decorations: Decoration[] = [];
  if (range.from < range.to) {
    const description = i18next.t('comments:highlight.suggestion', { name: who, text: thread.replacement ?? '' });
    decorations.push(
      Decoration.inline(range.from, range.to, { class: `suggestion-old${activeClass}`, 'data-thread-id': thread.id, 'aria-description': description }),
    );
  }
  if (thread.replacement) {
    // The key lets ProseMirror keep the same element while only other threads change.
    decorations.push(
      Decoration.widget(range.to, () => proposedWords(thread, active), {
        side: 1,
        key: `suggestion:${thread.id}:${active}:${thread.replacement}`,
        ignoreSelection: true,
      }),
    );
  }
  return decorations;
}
