import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { waitFor } from '../../support/waitFor.ts';
import { expectNoSeriousViolations } from './axe.ts';

/** Where browser tests keep their screenshots (a CI artefact). */
export const SCREENS = path.resolve(import.meta.dirname, '../../../test-results/screens');

/** Presses Tab until the focused element passes `isTarget` (run in the page), as a keyboard user would; fails after `most` presses. */
export async function tabUntil(page: Page, isTarget: (element: Element) => boolean, what: string, most = 150): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    if (await page.evaluate(`(${isTarget.toString()})(document.activeElement ?? document.body)`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${most} presses of Tab never reached ${what}`);
}

/**
 * Tabs to the first focusable element whose visible text (or accessible name) is `name`, optionally inside `within`
 * (a CSS selector); with `backwards`, Shift+Tab (from the text back to its toolbar, say).
 */
export async function tabToNamed(page: Page, name: string, within?: string, { backwards = false }: { backwards?: boolean } = {}): Promise<void> {
  const probe = `(element) => {
    const inside = ${JSON.stringify(within ?? null)};
    if (inside !== null && element.closest(inside) === null) return false;
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? element.value ?? '').replace(/\\s+/g, ' ').trim();
    return text === ${JSON.stringify(name)};
  }`;
  for (let presses = 0; presses < 150; presses++) {
    if (await page.evaluate(`(${probe})(document.activeElement ?? document.body)`)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`150 presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached "${name}"${within ? ` inside ${within}` : ''}`);
}

/** Waits until the keyboard focus is on an element that passes `isTarget` (run in the page): where an action left it. */
export async function waitForFocus(page: Page, isTarget: (element: Element) => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const probe = `(() => {
    const active = document.activeElement ?? document.body;
    if ((${isTarget.toString()})(active)) return null;
    return active.tagName.toLowerCase() + (active.className ? '.' + String(active.className).trim().split(/\\s+/).join('.') : '');
  })()`;
  let elsewhere: string | null = null;
  await waitFor(
    async () => {
      elsewhere = await page.evaluate<string | null>(probe);
      return elsewhere === null;
    },
    { timeoutMs, intervalMs: 50, message: `the keyboard focus on ${what}` },
  ).catch((error: unknown) => {
    throw new Error(`the keyboard focus never reached ${what} (it is on ${elsewhere ?? 'nothing'})`, { cause: error });
  });
}

/**
 * Waits until the editor has read the caret the browser moved (Ctrl+Home, Shift+arrows…). Chromium reports a native
 * caret move by a `selectionchange` event in a later task, and ProseMirror ignores it once focus has left the text: a
 * test that presses Shift+Tab or a shortcut right after a caret key can otherwise act on the old selection.
 */
export async function waitForEditorSelection(page: Page): Promise<void> {
  const probe = `(() => {
    const dom = document.querySelector('.ProseMirror');
    const view = dom?.editor?.view;
    const selection = document.getSelection();
    if (!view || !selection?.anchorNode || !selection.focusNode) return false;
    return view.posAtDOM(selection.anchorNode, selection.anchorOffset) === view.state.selection.anchor
      && view.posAtDOM(selection.focusNode, selection.focusOffset) === view.state.selection.head;
  })()`;
  await waitFor(() => page.evaluate<boolean>(probe), { timeoutMs: 5_000, intervalMs: 20, message: 'the editor’s selection to follow the caret' });
}

/** The text the user has selected in the page. */
export const selectedText = (page: Page): Promise<string> => page.evaluate(() => document.getSelection()?.toString() ?? '');

/** The focused element shows it: a solid outline of at least 2 px. */
export async function focusRing(page: Page): Promise<{ style: string; width: number }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
}

/**
 * One step of a journey: a full-page screenshot kept as a test artefact (test-results/screens/<journey>/<step>.png)
 * and axe-core's check, which fails on any serious or critical violation of the page as it is now.
 */
export async function journeyStep(page: Page, journey: string, step: string): Promise<void> {
  const folder = path.join(SCREENS, journey);
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, `${step}.png`), fullPage: true });
  await expectNoSeriousViolations(page, `${journey}, ${step}`);
}
