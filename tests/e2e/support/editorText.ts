import type { Page } from 'playwright-core';

/**
 * The statement text as the reader sees it (`innerText`: blocks on their own lines), without collaborators' carets:
 * a caret's name label sits inside the text's DOM, so a plain `innerText` reads "Registries \nMo Member\nalready…"
 * whenever someone's caret happens to be there.
 */
export function editorText(page: Page): Promise<string> {
  return page.locator('.ProseMirror').evaluate((editor: HTMLElement) => {
    const carets = [...editor.querySelectorAll<HTMLElement>('.collaboration-carets__caret')];
    const shown = carets.map((caret) => caret.style.display);
    for (const caret of carets) caret.style.display = 'none';
    try {
      return editor.innerText;
    } finally {
      carets.forEach((caret, index) => {
        caret.style.display = shown[index] ?? '';
      });
    }
  });
}
