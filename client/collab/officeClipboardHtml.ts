/**
 * What Word and Google Docs put on the clipboard, made into plain semantic HTML before the editor
 * schema reads it. The schema already drops unknown styling (fonts, sizes, colours, classes); what
 * it cannot do alone is see Word's lists, which Word writes as paragraphs styled `mso-list:l0 level2`
 * with the bullet or number as text in a `mso-list:Ignore` span. Without this, a pasted list arrives
 * as paragraphs starting with "·" or "1.".
 */

const WORD_MARKERS = /urn:schemas-microsoft-com:office|class="?Mso|mso-list|<o:p>/i;

/** True when the HTML came from Microsoft Word (or Outlook, which writes the same markup). */
export function isFromWord(html: string): boolean {
  return WORD_MARKERS.test(html);
}

interface WordListItem {
  paragraph: HTMLElement;
  level: number;
  ordered: boolean;
}

const LIST_STYLE = /mso-list:\s*(l\d+)\s+level(\d+)/i;

/** The list definitions in Word's <style>: which `lN:levelM` are bullets (the rest are numbered). */
function bulletLevels(html: string): Set<string> {
  const bullets = new Set<string>();
  for (const match of html.matchAll(/@list\s+(l\d+):level(\d+)\s*\{([^}]*)\}/gi)) {
    if (/mso-level-number-format:\s*bullet/i.test(match[3] ?? '')) bullets.add(`${match[1]}:${match[2]}`.toLowerCase());
  }
  return bullets;
}

/** Word's list paragraph, or null for an ordinary paragraph. */
function listItemOf(element: HTMLElement, bullets: Set<string>, definedLists: Set<string>): WordListItem | null {
  const match = LIST_STYLE.exec(element.getAttribute('style') ?? '');
  if (match === null) return null;
  const list = match[1]!.toLowerCase();
  const level = Math.max(1, Math.min(9, Number(match[2])));
  const marker = element.querySelector('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]')?.textContent?.trim() ?? '';
  // With the list's definition at hand, its format decides; without it (a partial copy), the marker does.
  const ordered = definedLists.has(list) ? !bullets.has(`${list}:${level}`) : /^[\dA-Za-z]{1,4}[.)]$/.test(marker);
  return { paragraph: element, level, ordered };
}

/** Builds nested <ul>/<ol> from a run of Word list paragraphs (levels may jump, as Word allows). */
function buildList(document: Document, items: WordListItem[]): HTMLElement {
  const first = items[0]!;
  const root = document.createElement(first.ordered ? 'ol' : 'ul');
  // The open lists, outermost first; stack[i] holds level i + 1.
  const stack: HTMLElement[] = [root];
  for (const item of items) {
    while (stack.length > item.level) stack.pop();
    while (stack.length < item.level) {
      const parent = stack[stack.length - 1]!;
      let holder = parent.lastElementChild as HTMLElement | null;
      if (holder === null) {
        holder = document.createElement('li');
        parent.append(holder);
      }
      const nested = document.createElement(item.ordered ? 'ol' : 'ul');
      holder.append(nested);
      stack.push(nested);
    }
    const li = document.createElement('li');
    const paragraph = document.createElement('p');
    paragraph.append(...Array.from(item.paragraph.childNodes));
    li.append(paragraph);
    stack[stack.length - 1]!.append(li);
  }
  return root;
}

/** Word's HTML with its lists made real and its markers, Office-only tags and comments removed. */
export function normaliseWordHtml(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const body = document.body;
  const bullets = bulletLevels(html);
  const definedLists = new Set([...html.matchAll(/@list\s+(l\d+):level\d+/gi)].map((match) => match[1]!.toLowerCase()));

  // The list markers ("·", "1.", "a)") are text in spans Word marks as ignorable; so are conditional comments.
  const markers = [...body.querySelectorAll<HTMLElement>('[style*="mso-list"]')].filter((element) =>
    /mso-list:\s*ignore/i.test(element.getAttribute('style') ?? ''),
  );
  const items = new Map<Element, WordListItem>();
  for (const block of body.querySelectorAll<HTMLElement>('p, h1, h2, h3, h4, h5, h6')) {
    const item = listItemOf(block, bullets, definedLists);
    if (item !== null) items.set(block, item);
  }
  for (const marker of markers) marker.remove();
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const officeTag of body.querySelectorAll('o\\:p, w\\:sdt, w\\:sdtpr, xml, style, meta, link')) officeTag.remove();

  // Consecutive list paragraphs (siblings) become one list.
  for (const block of [...items.keys()]) {
    if (!block.isConnected || !items.has(block)) continue;
    const previous = block.previousElementSibling;
    if (previous !== null && items.has(previous)) continue; // Not the first of its run.
    const run: WordListItem[] = [];
    let cursor: Element | null = block;
    while (cursor !== null && items.has(cursor)) {
      run.push(items.get(cursor)!);
      cursor = cursor.nextElementSibling;
    }
    const list = buildList(document, run);
    block.before(list);
    for (const item of run) item.paragraph.remove();
  }

  // Word's quotes are paragraphs of the Quote styles.
  for (const paragraph of body.querySelectorAll<HTMLElement>('p.MsoQuote, p.MsoIntenseQuote')) {
    const quote = document.createElement('blockquote');
    paragraph.before(quote);
    quote.append(paragraph);
  }
  // Styling noise: classes and inline styles other than bold and italic (the schema reads those from style).
  for (const element of body.querySelectorAll<HTMLElement>('[class], [style], [lang]')) {
    element.removeAttribute('class');
    element.removeAttribute('lang');
    const style = element.getAttribute('style');
    if (style === null) continue;
    const kept = style
      .split(';')
      .map((rule) => rule.trim())
      .filter((rule) => /^font-(weight|style)\s*:/i.test(rule));
    if (kept.length > 0) element.setAttribute('style', kept.join(';'));
    else element.removeAttribute('style');
  }
  return body.innerHTML;
}

/** Google Docs writes nested list items as flat <li aria-level="2"> siblings: nests them. */
export function nestGoogleDocsLists(html: string): string {
  if (!/aria-level="[2-9]"/.test(html)) return html;
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const list of [...document.body.querySelectorAll<HTMLElement>('ul, ol')]) {
    if (list.parentElement?.closest('ul, ol')) continue;
    const stack: HTMLElement[] = [list];
    for (const item of [...list.children] as HTMLElement[]) {
      if (item.tagName !== 'LI') continue;
      const level = Math.max(1, Number(item.getAttribute('aria-level') ?? '1'));
      if (level === 1) {
        stack.length = 1;
        continue;
      }
      while (stack.length > level) stack.pop();
      while (stack.length < level) {
        const parent = stack[stack.length - 1]!;
        const holder = (parent === list ? item.previousElementSibling : parent.lastElementChild) as HTMLElement | null;
        if (holder === null) break;
        const nested = document.createElement(list.tagName.toLowerCase());
        holder.append(nested);
        stack.push(nested);
      }
      stack[stack.length - 1]!.append(item);
    }
  }
  return document.body.innerHTML;
}

/** The editor's paste hook: Word's lists made real, Google Docs' nesting restored, everything else left to the schema. */
export function transformPastedOfficeHtml(html: string): string {
  if (isFromWord(html)) return normaliseWordHtml(html);
  if (html.includes('docs-internal-guid')) return nestGoogleDocsLists(html);
  return html;
}
