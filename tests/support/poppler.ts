import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { load } from 'cheerio';
import { PDFTOPPM_PATH, PDFTOTEXT_PATH } from '../../scripts/ensurePoppler.ts';

/**
 * PDFs read the way a reader sees them, with Debian's poppler-utils (scripts/ensurePoppler.ts installs it):
 * pages rendered to images by pdftoppm, text boxes laid out by pdftotext -bbox-layout.
 */

const run = promisify(execFile);
const RENDERS = path.resolve('test-results/renders');

/** A box in points from the page's top-left corner, as poppler gives it. */
export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PopplerWord extends Box {
  text: string;
}

export interface PopplerLine extends Box {
  words: PopplerWord[];
  text: string;
}

export interface PopplerBlock extends Box {
  lines: PopplerLine[];
  text: string;
}

export interface PopplerPage {
  /** From 1. */
  number: number;
  width: number;
  height: number;
  blocks: PopplerBlock[];
}

export interface RenderedPage {
  file: string;
  /** In pixels, read from the PNG's header. */
  width: number;
  height: number;
}

/** Runs `work` on the PDF written to a temporary file, then removes it. */
async function withPdfFile<T>(pdf: Uint8Array, work: (file: string) => Promise<T>): Promise<T> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-poppler-'));
  try {
    const file = path.join(directory, 'input.pdf');
    fs.writeFileSync(file, pdf);
    return await work(file);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * Renders every page to a PNG at `dpi` with `pdftoppm -png -r <dpi>`, kept as test artefacts under
 * test-results/renders/<name>/ (replacing the previous run's), in page order.
 */
export async function renderPages(pdf: Uint8Array, dpi: number, name: string): Promise<RenderedPage[]> {
  const directory = path.join(RENDERS, name);
  fs.rmSync(directory, { recursive: true, force: true });
  fs.mkdirSync(directory, { recursive: true });
  await withPdfFile(pdf, (file) => run(PDFTOPPM_PATH, ['-png', '-r', String(dpi), file, path.join(directory, 'page')], { timeout: 60_000 }));
  // pdftoppm pads the page number to the width of the last one (page-1.png … or page-01.png …).
  const pageNumber = (file: string) => Number(/-(\d+)\.png$/.exec(file)?.[1] ?? Number.NaN);
  const files = fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.png'))
    .sort((a, b) => pageNumber(a) - pageNumber(b));
  return files.map((file) => {
    const header = fs.readFileSync(path.join(directory, file)).subarray(0, 24);
    if (header.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
    // The IHDR chunk comes first: width and height as big-endian 32-bit integers.
    return { file: path.join(directory, file), width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
  });
}

const boxOf = (attributes: Record<string, string>): Box => ({
  xMin: Number(attributes.xMin),
  yMin: Number(attributes.yMin),
  xMax: Number(attributes.xMax),
  yMax: Number(attributes.yMax),
});

/** Every page's blocks, lines and words with their boxes, from `pdftotext -bbox-layout` (XHTML). */
export async function textBlocks(pdf: Uint8Array): Promise<PopplerPage[]> {
  const { stdout } = await withPdfFile(pdf, (file) => run(PDFTOTEXT_PATH, ['-bbox-layout', file, '-'], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }));
  const $ = load(stdout, { xml: true });
  return $('page')
    .toArray()
    .map((page, index) => ({
      number: index + 1,
      width: Number(page.attribs.width),
      height: Number(page.attribs.height),
      blocks: $(page)
        .find('block')
        .toArray()
        .map((block) => {
          const lines = $(block)
            .find('line')
            .toArray()
            .map((line) => {
              const words = $(line)
                .find('word')
                .toArray()
                .map((word) => ({ ...boxOf(word.attribs), text: $(word).text() }));
              return { ...boxOf(line.attribs), words, text: words.map((word) => word.text).join(' ') };
            });
          return { ...boxOf(block.attribs), lines, text: lines.map((line) => line.text).join(' ') };
        }),
    }));
}

/** Whether two boxes share more than `tolerance` points in both directions (touching edges are not an overlap). */
export function boxesOverlap(a: Box, b: Box, tolerance = 0.5): boolean {
  return a.xMin < b.xMax - tolerance && b.xMin < a.xMax - tolerance && a.yMin < b.yMax - tolerance && b.yMin < a.yMax - tolerance;
}

/**
 * Every pair of blocks, lines or words on the same page whose boxes overlap, described for a failure
 * message. Lines and words count too: pdftotext puts text drawn on top of other text into one block.
 */
export function overlappingText(pages: readonly PopplerPage[]): string[] {
  const found: string[] = [];
  const check = <T extends Box & { text: string }>(page: number, kind: string, boxes: readonly T[]) => {
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) {
        if (boxesOverlap(box, other)) found.push(`page ${page}: ${kind} "${box.text}" overlaps "${other.text}"`);
      }
    }
  };
  for (const page of pages) {
    const lines = page.blocks.flatMap((block) => block.lines);
    check(page.number, 'block', page.blocks);
    check(page.number, 'line', lines);
    check(
      page.number,
      'word',
      lines.flatMap((line) => line.words),
    );
  }
  return found;
}

/** The PDF's text in reading order, as `pdftotext -layout` extracts it. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const { stdout } = await withPdfFile(pdf, (file) =>
    run(PDFTOTEXT_PATH, ['-layout', '-enc', 'UTF-8', file, '-'], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }),
  );
  return stdout;
}
