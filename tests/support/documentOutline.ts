import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A document's structure as lines anyone can compare: one line per block, its kind first
 * (`h2`, `p`, `ul1`/`ol2` for a list item's paragraph at a nesting depth, `quote`), then its text
 * with emphasis written the same way whatever the format: `**bold**`, `_italic_`, `[text](href)`.
 */
export type Outline = string[];

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  href: string | null;
}

/** Runs merged, marks kept off the spaces at their edges, whitespace collapsed. */
export function serialiseRuns(runs: readonly Run[]): string {
  const merged: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged.at(-1);
    // A space carries no emphasis anyone can see.
    const plain = run.text.trim() === '';
    if (last && ((last.bold === run.bold && last.italic === run.italic && last.href === run.href) || plain)) last.text += run.text;
    else merged.push({ ...run });
  }
  let out = '';
  for (const run of merged) {
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
    let text = core!;
    if (text !== '') {
      if (run.italic) text = `_${text}_`;
      if (run.bold) text = `**${text}**`;
      if (run.href) text = `[${text}](${run.href})`;
    }
    out += lead + text + trail;
  }
  return out.replace(/\s+/g, ' ').trim();
}

// ---- The editor's JSON (what the test builds) ----

export interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

function jsonRuns(node: JsonNode): Run[] {
  return (node.content ?? []).map((child) => ({
    text: child.type === 'hardBreak' ? ' ' : (child.text ?? ''),
    bold: Boolean(child.marks?.some((mark) => mark.type === 'bold')),
    italic: Boolean(child.marks?.some((mark) => mark.type === 'italic')),
    href: (child.marks?.find((mark) => mark.type === 'link')?.attrs?.href as string | undefined) ?? null,
  }));
}

export function outlineOfJson(document: JsonNode): Outline {
  const out: Outline = [];
  const walk = (node: JsonNode, lists: string[], inQuote: boolean) => {
    for (const child of node.content ?? []) {
      if (child.type === 'heading') out.push(`h${child.attrs?.level} ${serialiseRuns(jsonRuns(child))}`);
      else if (child.type === 'paragraph') out.push(`${blockKind(lists, inQuote)} ${serialiseRuns(jsonRuns(child))}`);
      else if (child.type === 'bulletList' || child.type === 'orderedList') walk(child, [...lists, child.type === 'bulletList' ? 'ul' : 'ol'], inQuote);
      else if (child.type === 'blockquote') walk(child, lists, true);
      else walk(child, lists, inQuote);
    }
  };
  walk(document, [], false);
  return out;
}

function blockKind(lists: readonly string[], inQuote: boolean): string {
  if (inQuote) return 'quote';
  if (lists.length > 0) return `${lists.at(-1)}${lists.length}`;
  return 'p';
}

// ---- HTML (public page, HTML export, the sign page's rendering) ----

/** The outline of the HTML inside `selector`; `headingShift` is how many levels the page moved the statement's headings down. */
export function outlineOfHtml(html: string, selector: string, headingShift: number): Outline {
  const $ = load(html);
  const root = $(selector).first();
  if (root.length === 0) throw new Error(`no ${selector} in the HTML`);
  const out: Outline = [];
  const runsOf = (node: AnyNode, marks: Omit<Run, 'text'>, runs: Run[]) => {
    if (node.type === 'text') runs.push({ ...marks, text: (node as unknown as { data: string }).data });
    else if (node.type === 'tag') {
      const element = node as Element;
      const name = element.name.toLowerCase();
      if (name === 'br') runs.push({ ...marks, text: ' ' });
      const next = {
        bold: marks.bold || name === 'strong' || name === 'b',
        italic: marks.italic || name === 'em' || name === 'i',
        href: name === 'a' ? (element.attribs.href ?? null) : marks.href,
      };
      for (const child of element.children) runsOf(child, next, runs);
    }
  };
  const inline = (element: Element) => {
    const runs: Run[] = [];
    for (const child of element.children) runsOf(child, { bold: false, italic: false, href: null }, runs);
    return serialiseRuns(runs);
  };
  const walk = (element: Element, lists: string[], inQuote: boolean) => {
    for (const child of element.children) {
      if (child.type !== 'tag') continue;
      const tag = child as Element;
      const heading = /^h([1-6])$/.exec(tag.name);
      if (heading) out.push(`h${Number(heading[1]) - headingShift} ${inline(tag)}`);
      else if (tag.name === 'p') out.push(`${blockKind(lists, inQuote)} ${inline(tag)}`);
      else if (tag.name === 'ul' || tag.name === 'ol') walk(tag, [...lists, tag.name], inQuote);
      else if (tag.name === 'blockquote') walk(tag, lists, true);
      else walk(tag, lists, inQuote);
    }
  };
  walk(root.get(0) as Element, [], false);
  return out;
}

// ---- Markdown ----

function markdownRuns(text: string): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  let href: string | null = null;
  let current = '';
  const flush = () => {
    runs.push({ text: current, bold, italic, href });
    current = '';
  };
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '\\' && index + 1 < text.length) {
      current += text[++index];
    } else if (text.startsWith('**', index)) {
      flush();
      bold = !bold;
      index++;
    } else if (character === '*') {
      flush();
      italic = !italic;
    } else if (character === '[') {
      flush();
      // The address comes after the text: find it first so the text's runs carry it.
      let depth = 0;
      let close = index;
      for (; close < text.length; close++) {
        if (text[close] === '\\') close++;
        else if (text[close] === '[') depth++;
        else if (text[close] === ']' && --depth === 0) break;
      }
      const target = /^\]\(<([^>]*)>\)/.exec(text.slice(close));
      href = target ? target[1]! : null;
    } else if (character === ']' && href !== null && text.startsWith('](<', index)) {
      flush();
      href = null;
      index = text.indexOf('>)', index) + 1;
    } else current += character;
  }
  flush();
  return runs;
}

export function outlineOfMarkdown(markdown: string): Outline {
  const out: Outline = [];
  const stack: { column: number; kind: string }[] = [];
  let previousBlank = true;
  let last: { kind: string; text: string } | null = null;
  const blocks: { kind: string; text: string }[] = [];
  for (const line of markdown.split('\n')) {
    if (line.trim() === '') {
      previousBlank = true;
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const item = /^( *)(- |\d+\. )(.*)$/.exec(line);
    const quote = /^> ?(.*)$/.exec(line);
    if (heading) {
      stack.length = 0;
      last = { kind: `h${heading[1]!.length - 1}`, text: heading[2]! };
      blocks.push(last);
    } else if (item) {
      const indent = item[1]!.length;
      while (stack.length > 0 && stack.at(-1)!.column > indent) stack.pop();
      stack.push({ column: indent + item[2]!.length, kind: item[2] === '- ' ? 'ul' : 'ol' });
      last = { kind: `${stack.at(-1)!.kind}${stack.length}`, text: item[3]! };
      blocks.push(last);
    } else if (quote) {
      stack.length = 0;
      // "> a" then "> b" is one paragraph in Markdown; ">" alone separates two.
      if (quote[1]!.trim() === '') {
        last = null;
        continue;
      }
      if (last?.kind === 'quote' && !previousBlank) last.text += ` ${quote[1]}`;
      else {
        last = { kind: 'quote', text: quote[1]! };
        blocks.push(last);
      }
    } else if (last && !previousBlank) {
      // A lazy continuation: the same paragraph.
      last.text += ` ${line.trim()}`;
    } else {
      stack.length = 0;
      last = { kind: 'p', text: line };
      blocks.push(last);
    }
    previousBlank = false;
  }
  for (const block of blocks) out.push(`${block.kind} ${serialiseRuns(markdownRuns(block.text))}`);
  return out;
}

// ---- Word ----

type Ordered = Record<string, unknown>[];
const xml = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false });
const tagOf = (node: Record<string, unknown>) => Object.keys(node).find((key) => key !== ':@')!;
const attrsOf = (node: Record<string, unknown>) => (node[':@'] ?? {}) as Record<string, string>;
const childrenOf = (node: Record<string, unknown>) => (node[tagOf(node)] ?? []) as Ordered;
const find = (nodes: Ordered, tag: string) => nodes.find((node) => tagOf(node) === tag);

/** The outline of a Word document's paragraphs; `headingShift` as for HTML (the title is above the statement's headings). */
export async function outlineOfDocx(bytes: Uint8Array, headingShift: number): Promise<Outline> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = xml.parse(await zip.file('word/document.xml')!.async('string')) as Ordered;
  const numberingFile = zip.file('word/numbering.xml');
  const relsFile = zip.file('word/_rels/document.xml.rels');
  const kinds = new Map<string, string>();
  if (numberingFile) {
    const numbering = childrenOf(find(xml.parse(await numberingFile.async('string')) as Ordered, 'w:numbering')!);
    const abstractKinds = new Map<string, string>();
    for (const node of numbering.filter((entry) => tagOf(entry) === 'w:abstractNum')) {
      const level = find(childrenOf(node), 'w:lvl')!;
      const format = attrsOf(find(childrenOf(level), 'w:numFmt')!)['@_w:val'];
      abstractKinds.set(attrsOf(node)['@_w:abstractNumId']!, format === 'bullet' ? 'ul' : 'ol');
    }
    for (const node of numbering.filter((entry) => tagOf(entry) === 'w:num')) {
      const abstract = attrsOf(find(childrenOf(node), 'w:abstractNumId')!)['@_w:val']!;
      kinds.set(attrsOf(node)['@_w:numId']!, abstractKinds.get(abstract)!);
    }
  }
  const targets = new Map<string, string>();
  if (relsFile) {
    for (const match of (await relsFile.async('string')).matchAll(/<Relationship [^>]*>/g)) {
      const id = /Id="([^"]+)"/.exec(match[0])?.[1];
      const target = /Target="([^"]+)"/.exec(match[0])?.[1];
      if (id && target) targets.set(id, target.replace(/&amp;/g, '&'));
    }
  }
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const runsOf = (nodes: Ordered, href: string | null, runs: Run[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:hyperlink') runsOf(childrenOf(node), targets.get(attrsOf(node)['@_r:id']!) ?? null, runs);
      else if (tag === 'w:r') {
        const properties = childrenOf(find(childrenOf(node), 'w:rPr') ?? { 'w:rPr': [] });
        const on = (name: string) => {
          const property = find(properties, name);
          return property !== undefined && !['false', '0'].includes(attrsOf(property)['@_w:val'] ?? 'true');
        };
        let text = '';
        for (const part of childrenOf(node)) {
          if (tagOf(part) === 'w:t')
            text += decode(
              childrenOf(part)
                .map((leaf) => String(leaf['#text'] ?? ''))
                .join(''),
            );
          else if (tagOf(part) === 'w:br' || tagOf(part) === 'w:tab') text += ' ';
        }
        runs.push({ text, bold: on('w:b'), italic: on('w:i'), href });
      }
    }
  };
  const body = childrenOf(find(childrenOf(find(documentXml, 'w:document')!), 'w:body')!);
  const out: Outline = [];
  for (const node of body) {
    if (tagOf(node) !== 'w:p') continue;
    const properties = childrenOf(find(childrenOf(node), 'w:pPr') ?? { 'w:pPr': [] });
    const style = attrsOf(find(properties, 'w:pStyle') ?? {})['@_w:val'] ?? '';
    const numbering = find(properties, 'w:numPr');
    const runs: Run[] = [];
    runsOf(childrenOf(node), null, runs);
    const text = serialiseRuns(runs);
    if (text === '') continue;
    const heading = /^Heading(\d)$/.exec(style);
    let kind = 'p';
    if (heading) kind = `h${Number(heading[1]) - headingShift}`;
    else if (style === 'Title') kind = 'title';
    else if (/quote/i.test(style)) kind = 'quote';
    else if (numbering) {
      const numberingParts = childrenOf(numbering);
      const level = Number(attrsOf(find(numberingParts, 'w:ilvl')!)['@_w:val']);
      kind = `${kinds.get(attrsOf(find(numberingParts, 'w:numId')!)['@_w:val']!) ?? '?'}${level + 1}`;
    }
    out.push(`${kind} ${text}`);
  }
  return out;
}

// ---- PDF ----

export interface PdfLine {
  page: number;
  /** Left, top, right, bottom in points from the page's top-left corner. */
  box: [number, number, number, number];
  size: number;
  text: string;
  /** Where the line's words start, after a list marker if it has one. */
  textLeft: number;
  marker: string | null;
  runs: Run[];
}

export interface PdfReading {
  pages: number;
  pageSize: { width: number; height: number };
  lines: PdfLine[];
  links: { page: number; rect: [number, number, number, number]; url: string }[];
  fonts: string[];
}

/** The PDF's text lines with their boxes, fonts and links, read with pdf.js (as poppler's -bbox-layout would give them). */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const pdf = await getDocument({ data: bytes }).promise;
  const lines: PdfLine[] = [];
  const links: PdfReading['links'] = [];
  const fonts = new Set<string>();
  let pageSize = { width: 0, height: 0 };
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    pageSize = { width, height };
    await page.getOperatorList();
    for (const annotation of (await page.getAnnotations()) as { subtype: string; rect: number[]; url?: string }[]) {
      if (annotation.subtype === 'Link' && annotation.url) {
        const [x1, y1, x2, y2] = annotation.rect as [number, number, number, number];
        links.push({ page: number, rect: [x1, height - y2, x2, height - y1], url: annotation.url });
      }
    }
    const content = await page.getTextContent();
    const items: { x: number; y: number; width: number; size: number; str: string; font: string }[] = [];
    for (const item of content.items) {
      // Spaces are read from the gaps between words (pdf.js adds its own space items where it sees one).
      if (!('str' in item) || item.str.trim() === '') continue;
      const fontName = (page.commonObjs.get(item.fontName) as { name?: string } | undefined)?.name ?? item.fontName;
      fonts.add(fontName);
      items.push({ x: item.transform[4], y: height - item.transform[5], width: item.width, size: Math.abs(item.transform[3]), str: item.str, font: fontName });
    }
    // One line: the items on the same baseline.
    items.sort((a, b) => a.y - b.y || a.x - b.x);
    const groups: (typeof items)[] = [];
    for (const item of items) {
      const group = groups.at(-1);
      if (group && Math.abs(group[0]!.y - item.y) < 1) group.push(item);
      else groups.push([item]);
    }
    for (const group of groups) {
      group.sort((a, b) => a.x - b.x);
      const size = Math.max(...group.map((item) => item.size));
      const first = group[0]!;
      const isMarker = group.length > 1 && /^(•|◦|▪|\d+\.)$/.test(first.str.trim());
      const words = isMarker ? group.slice(1) : group;
      const runs: Run[] = words.map((item, index) => {
        const previous = words[index - 1];
        // pdf.js leaves out the space between two text operations that a gap shows.
        const gap = previous && item.x - (previous.x + previous.width) > item.size * 0.15 ? ' ' : '';
        const centre = item.x + item.width / 2;
        const link = links.find(
          (candidate) =>
            candidate.page === number &&
            centre >= candidate.rect[0] &&
            centre <= candidate.rect[2] &&
            item.y - item.size / 2 >= candidate.rect[1] &&
            item.y - item.size / 2 <= candidate.rect[3],
        );
        return {
          text: gap + item.str,
          bold: /Bold/i.test(item.font),
          italic: /Italic|Oblique/i.test(item.font),
          href: link ? link.url : null,
        };
      });
      const right = Math.max(...group.map((item) => item.x + item.width));
      lines.push({
        page: number,
        // The ascent and descent of the line's largest text.
        box: [first.x, first.y - size * 0.8, right, first.y + size * 0.25],
        size,
        text: group.map((item) => item.str).join(' '),
        textLeft: words[0]!.x,
        marker: isMarker ? first.str.trim() : null,
        runs,
      });
    }
  }
  return { pages: pdf.numPages, pageSize, lines, links, fonts: [...fonts] };
}

/**
 * The PDF's outline, read from its layout alone: a heading is larger type, a list item a line with
 * a bullet or number whose left edge says how deep it is, a quote an indented block without a
 * marker; a line continues the block above when it sits close under it at the same left edge.
 */
export function outlineOfPdf(
  reading: PdfReading,
  { body, left, indentStep, headingSizes }: { body: number; left: number; indentStep: number; headingSizes: number[] },
): Outline {
  const blocks: { kind: string; runs: Run[]; line: PdfLine }[] = [];
  for (const line of reading.lines) {
    const last = blocks.at(-1);
    const heading = headingSizes.findIndex((size) => Math.abs(size - line.size) < 0.6);
    const close = last && last.line.page === line.page && line.box[1] - last.line.box[3] < line.size * 0.55;
    if (last && close && !line.marker && Math.abs(line.textLeft - last.line.textLeft) < 1 && Math.abs(line.size - last.line.size) < 0.6) {
      const headingRuns = last.kind.startsWith('h') ? line.runs.map((run) => ({ ...run, bold: false })) : line.runs;
      last.runs.push({ text: ' ', bold: false, italic: false, href: null }, ...headingRuns);
      last.line = line;
      continue;
    }
    let kind: string;
    if (heading >= 0) kind = `h${heading + 1}`;
    else if (line.marker) kind = `${line.marker.endsWith('.') ? 'ol' : 'ul'}${Math.round((line.textLeft - left) / indentStep)}`;
    else if (Math.abs(line.size - body) < 0.6 && line.textLeft - left > indentStep / 2) kind = 'quote';
    else kind = 'p';
    // A heading is set in bold: its weight is its style, not emphasis.
    blocks.push({ kind, runs: heading >= 0 ? line.runs.map((run) => ({ ...run, bold: false })) : [...line.runs], line });
  }
  return blocks.map((block) => `${block.kind} ${serialiseRuns(block.runs)}`);
}

/** The blocks `expected` opens with, taken from `actual` where its first line is (what comes before and after is the page's own). */
export function statementPart(actual: Outline, expected: Outline): Outline {
  const start = actual.indexOf(expected[0]!);
  return start < 0 ? actual : actual.slice(start, start + expected.length);
}
