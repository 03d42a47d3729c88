import path from 'node:path';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import PDFDocument from 'pdfkit';
import { isSafeLinkHref } from '../../shared/editor/isSafeLinkHref.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import { PROJECT_ROOT } from '../projectRoot.ts';
import type { CanonicalNode } from '../versions/canonicalDocument.ts';
import type { Publication } from './publication.ts';
import { countryName, longDate } from './publicPages.ts';
import { statementDocument } from './statementDocument.ts';

// DejaVu Serif, kept with the sources (its licence is beside it): every accent of French and Spanish,
// embedded (subset) in every PDF, whatever fonts the server's system has. Read from the sources, as
// the compiled server (dist/server) has no copy.
const FONT_FOLDER = path.join(PROJECT_ROOT, 'server/publishing/fonts');
const FONTS = {
  regular: 'DejaVuSerif',
  bold: 'DejaVuSerif-Bold',
  italic: 'DejaVuSerif-Italic',
  boldItalic: 'DejaVuSerif-BoldItalic',
} as const;

const MARGINS = { top: 64, bottom: 72, left: 68, right: 68 };
const BODY = 11.5;
/** The statement's h1, h2 and h3. */
const HEADING_SIZES = [17, 14, 12.5];
/** How far each list level and a quote move the text in. */
const INDENT = 18;
const LINE_GAP = 3;
const INK = '#1c2430';
const ACCENT = '#1f3a5f';
const MUTED = '#5b6675';

function fontFor(marks: readonly Mark[], bold = false): string {
  const isBold = bold || marks.some((mark) => mark.type.name === 'bold');
  const italic = marks.some((mark) => mark.type.name === 'italic');
  return isBold && italic ? FONTS.boldItalic : isBold ? FONTS.bold : italic ? FONTS.italic : FONTS.regular;
}

interface Place {
  /** The text's left edge, in points from the page's left. */
  x: number;
  /** How many list levels deep (for the bullet's shape). */
  depth: number;
  quote: boolean;
}

/**
 * Writes a statement's blocks down the page. Every block is placed at an explicit left edge and
 * width (pdfkit otherwise carries the last `x` it was given to the next text, which is how a list's
 * indentation leaked into what followed it), and a list item's marker is set on its first line's
 * baseline after making sure that line fits on the page.
 */
class BlockWriter {
  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly language: Language,
  ) {}

  private get left(): number {
    return this.pdf.page.margins.left;
  }

  private get right(): number {
    return this.pdf.page.width - this.pdf.page.margins.right;
  }

  private get bottom(): number {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  /** The page being written (the last one: pages are only revisited once the text is written). */
  private pageIndex(): number {
    const { start, count } = this.pdf.bufferedPageRange();
    return start + count - 1;
  }

  /** A new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.pdf.y + height > this.bottom) this.pdf.addPage();
  }

  private lineHeight(size: number): number {
    return this.pdf.font(FONTS.regular).fontSize(size).currentLineHeight(true) + LINE_GAP;
  }

  private inline(node: ProseMirrorNode, x: number, size: number, { bold = false, color = INK } = {}): void {
    const pieces: { text: string; marks: readonly Mark[] }[] = [];
    node.forEach((child) => {
      if (child.isText) pieces.push({ text: child.text ?? '', marks: child.marks });
      else if (child.type.name === 'hardBreak') pieces.push({ text: '\n', marks: [] });
    });
    const width = this.right - x;
    if (pieces.length === 0) {
      this.pdf.y += this.lineHeight(size);
      return;
    }
    pieces.forEach((piece, index) => {
      const link = piece.marks.find((mark) => mark.type.name === 'link');
      const href = link && isSafeLinkHref(String(link.attrs.href)) ? String(link.attrs.href) : null;
      this.pdf
        .font(fontFor(piece.marks, bold))
        .fontSize(size)
        .fillColor(href ? ACCENT : color);
      const options: PDFKit.Mixins.TextOptions = {
        width,
        lineGap: LINE_GAP,
        align: 'left',
        continued: index < pieces.length - 1,
        link: href,
        underline: Boolean(href) || piece.marks.some((mark) => mark.type.name === 'underline'),
        strike: piece.marks.some((mark) => mark.type.name === 'strike'),
      };
      // The first piece places the block; the others continue it where the last one stopped.
      if (index === 0) this.pdf.text(piece.text, x, this.pdf.y, options);
      else this.pdf.text(piece.text, options);
    });
    // pdfkit leaves its cursor at the block's x: the next block sets its own.
    this.pdf.x = this.left;
  }

  blocks(node: ProseMirrorNode, place: Place): void {
    node.forEach((child) => {
      this.block(child, place);
    });
  }

  private block(node: ProseMirrorNode, place: Place, marker?: string): void {
    switch (node.type.name) {
      case 'heading': {
        const size = HEADING_SIZES[Math.min(3, Math.max(1, Number(node.attrs.level ?? 1))) - 1]!;
        const atTop = this.pdf.y <= this.pdf.page.margins.top + 1;
        if (!atTop) this.pdf.y += size * 0.6;
        // A heading never ends a page: it keeps its first two lines of text with it.
        const height = this.pdf
          .font(FONTS.bold)
          .fontSize(size)
          .heightOfString(node.textContent || ' ', { width: this.right - place.x, lineGap: LINE_GAP });
        this.ensure(height + 2 * this.lineHeight(BODY));
        this.inline(node, place.x, size, { bold: true });
        this.pdf.y += 4;
        break;
      }
      case 'paragraph': {
        const firstLine = this.lineHeight(BODY);
        this.ensure(firstLine);
        const top = this.pdf.y;
        if (marker) {
          // Right-aligned in the gutter before the text, on the first line's baseline.
          this.pdf
            .font(FONTS.regular)
            .fontSize(BODY)
            .fillColor(INK)
            .text(marker, place.x - INDENT - 6, top, { width: INDENT, align: 'right', lineBreak: false });
          this.pdf.y = top;
        }
        this.inline(node, place.x, BODY, { color: place.quote ? MUTED : INK });
        this.pdf.y += BODY * 0.5;
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        let number = Number(node.attrs.start ?? 1);
        const inner: Place = { x: place.x + INDENT, depth: place.depth + 1, quote: place.quote };
        node.forEach((item) => {
          const label = node.type.name === 'bulletList' ? (inner.depth % 2 === 1 ? '•' : '◦') : `${number++}.`;
          // Only an item's first block carries its bullet or number.
          item.forEach((child, _offset, index) => {
            this.block(child, inner, index === 0 ? label : undefined);
          });
        });
        break;
      }
      case 'blockquote': {
        this.ensure(this.lineHeight(BODY));
        const first = this.pageIndex();
        const top = this.pdf.y;
        const x = place.x + INDENT;
        this.blocks(node, { x, depth: place.depth, quote: true });
        // One rule down the quote's left side, on every page it reaches.
        const last = this.pageIndex();
        const bottom = this.pdf.y - BODY * 0.5 - LINE_GAP;
        const y = this.pdf.y;
        for (let index = first; index <= last; index++) {
          this.pdf.switchToPage(index);
          this.pdf
            .save()
            .strokeColor('#c9d1dc')
            .lineWidth(2)
            .moveTo(x - 10, index === first ? top : this.pdf.page.margins.top)
            .lineTo(x - 10, index === last ? bottom : this.bottom - LINE_GAP)
            .stroke()
            .restore();
        }
        this.pdf.y = y;
        break;
      }
      case 'horizontalRule':
        this.ensure(BODY);
        this.pdf
          .save()
          .strokeColor('#d9dee5')
          .lineWidth(1)
          .moveTo(this.left, this.pdf.y + BODY / 2)
          .lineTo(this.right, this.pdf.y + BODY / 2)
          .stroke()
          .restore();
        this.pdf.y += BODY;
        break;
      default:
        this.blocks(node, place);
    }
  }

  /**
   * The organisations as a table: a header row on every page the table reaches, and a row moved to
   * the next page whole rather than split.
   */
  table(heading: string, entries: Publication['signatories']): void {
    if (entries.length === 0) return;
    const size = 10;
    const padding = 4;
    const nameWidth = (this.right - this.left) * 0.64;
    const columns = [
      { x: this.left, width: nameWidth },
      { x: this.left + nameWidth, width: this.right - this.left - nameWidth },
    ];
    const rowHeight = (cells: string[], font: string) =>
      Math.max(
        ...cells.map((cell, index) =>
          this.pdf
            .font(font)
            .fontSize(size)
            .heightOfString(cell, { width: columns[index]!.width - 2 * padding }),
        ),
      ) +
      2 * padding;
    const row = (cells: string[], font: string, header: boolean) => {
      const height = rowHeight(cells, font);
      const top = this.pdf.y;
      if (header)
        this.pdf
          .save()
          .rect(this.left, top, this.right - this.left, height)
          .fill('#eef1f5')
          .restore();
      cells.forEach((cell, index) => {
        this.pdf
          .font(font)
          .fontSize(size)
          .fillColor(header ? ACCENT : INK)
          .text(cell, columns[index]!.x + padding, top + padding, { width: columns[index]!.width - 2 * padding });
      });
      this.pdf
        .save()
        .strokeColor(header ? ACCENT : '#d9dee5')
        .lineWidth(header ? 1 : 0.5)
        .moveTo(this.left, top + height)
        .lineTo(this.right, top + height)
        .stroke()
        .restore();
      this.pdf.x = this.left;
      this.pdf.y = top + height;
    };
    const t = translatorFor(this.language);
    const header = [t('public:signatories.organisation'), t('public:signatories.country')];
    const rows = entries.map((entry) => [entry.name, countryName(entry.country, this.language)]);
    this.pdf.y += 18;
    // The heading stays with the header row and the first organisation.
    this.ensure(this.lineHeight(14) + rowHeight(header, FONTS.bold) + rowHeight(rows[0]!, FONTS.regular));
    this.pdf
      .font(FONTS.bold)
      .fontSize(14)
      .fillColor(INK)
      .text(heading, this.left, this.pdf.y, { width: this.right - this.left });
    this.pdf.y += 6;
    row(header, FONTS.bold, true);
    for (const cells of rows) {
      if (this.pdf.y + rowHeight(cells, FONTS.regular) > this.bottom) {
        this.pdf.addPage();
        row(header, FONTS.bold, true);
      }
      row(cells, FONTS.regular, false);
    }
  }
}

/** "Page 3 of 7" at the foot of every page, written once the number of pages is known. */
function numberPages(pdf: PDFKit.PDFDocument, language: Language): void {
  const t = translatorFor(language);
  const { start, count } = pdf.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    pdf.switchToPage(index);
    // Below the bottom margin: lift it for this line, or pdfkit would start a new page.
    const { bottom } = pdf.page.margins;
    pdf.page.margins.bottom = 0;
    pdf
      .font(FONTS.regular)
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(t('public:export.page', { page: index + 1, pages: count }), pdf.page.margins.left, pdf.page.height - bottom + 28, {
        width: pdf.page.width - pdf.page.margins.left - pdf.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottom;
  }
}

/** The published statement as a PDF position paper: title block, date, text, signatories, page numbers; its fixed words in `language`. */
export function exportPdf(publication: Publication, language: Language): Promise<Buffer> {
  const t = translatorFor(language);
  const { version, title } = publication;
  const document = statementDocument(JSON.parse(version.content) as CanonicalNode);
  // Dated by the publication, not the render: the same publication gives the same file.
  // i18n-ignore: the application's name
  const info = { Title: title, Creator: 'Accord', CreationDate: new Date(publication.publication.publishedAt) };
  const pdf = new PDFDocument({ size: 'A4', margins: MARGINS, info, bufferPages: true, lang: language, displayTitle: true });
  for (const name of Object.values(FONTS)) pdf.registerFont(name, path.join(FONT_FOLDER, `${name}.ttf`));
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const left = MARGINS.left;
  const width = pdf.page.width - MARGINS.left - MARGINS.right;
  // A fork is never headed as the coalition's: its organisation's label says whose it is.
  pdf
    .font(FONTS.regular)
    .fontSize(8.5)
    .fillColor(ACCENT)
    .text(publication.publisher?.label ?? t('public:statement.kicker').toLocaleUpperCase(language), left, pdf.y, { width });
  pdf.y += 4;
  pdf.font(FONTS.bold).fontSize(22).fillColor(INK).text(title, left, pdf.y, { width });
  pdf.y += 6;
  pdf
    .font(FONTS.regular)
    .fontSize(9.5)
    .fillColor(MUTED)
    .text(t('public:statement.meta', { date: longDate(publication.publication.publishedAt, language), n: version.number }), left, pdf.y, { width });
  pdf.fontSize(7.5).text(`SHA-256 ${version.hash}`, left, pdf.y, { width });
  pdf.y += 8;
  pdf
    .save()
    .strokeColor(ACCENT)
    .lineWidth(1.5)
    .moveTo(left, pdf.y)
    .lineTo(left + width, pdf.y)
    .stroke()
    .restore();
  pdf.y += 16;
  const writer = new BlockWriter(pdf, language);
  writer.blocks(document, { x: left, depth: 0, quote: false });
  writer.table(t('public:statement.signedBy', { n: publication.signatories.length }), publication.signatories);
  writer.table(t('public:statement.supportedBy'), publication.supporters);
  numberPages(pdf, language);
  pdf.end();
  return done;
}
