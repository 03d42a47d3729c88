import type { Page } from 'playwright-core';

/**
 * Selects words of the statement with the mouse, from the left edge of their first letter to the
 * right edge of their last, and checks the browser selected exactly them: a panel or banner that
 * finishes loading can move the text between measuring and dragging, so a miss is measured again
 * (polled with a deadline).
 */
export async function selectWords(page: Page, words: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const edges = await page.locator('.ProseMirror').evaluate((editor, wanted) => {
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const index = node.textContent!.indexOf(wanted);
        if (index === -1) continue;
        const box = (from: number) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, from + 1);
          return range.getBoundingClientRect();
        };
        const first = box(index);
        const last = box(index + wanted.length - 1);
        return { startX: first.left + 1, startY: first.top + first.height / 2, endX: last.right - 1, endY: last.top + last.height / 2 };
      }
      return null;
    }, words);
    if (edges === null) throw new Error(`"${words}" is not in the editor`);
    await page.mouse.move(edges.startX, edges.startY);
    await page.mouse.down();
    await page.mouse.move(edges.endX, edges.endY, { steps: 5 });
    await page.mouse.up();
    const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
    if (selected === words) return;
    if (Date.now() > deadline) throw new Error(`selecting "${words}" selected "${selected}"`);
    await page.waitForTimeout(100);
  }
}
