import fs from 'node:fs';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import PDFDocument from 'pdfkit';
import { isSafeLinkHref } from '../../shared/editor/isSafeLinkHref.ts';
import type { CanonicalNode } from '../versions/canonicalDocument.ts';
import type { Publication } from './publication.ts';
import { statementDocument } from './statementDocument.ts';

const countries = new Intl.DisplayNames(['en'], { type: 'region' });

// DejaVu (Debian's fonts-dejavu-core) covers the coalition's languages; the PDF standard fonts are the fallback.
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const FONTS = fs.existsSync(`${DEJAVU}/DejaVuSerif.ttf`)
  ? {
      regular: `${DEJAVU}/DejaVuSerif.ttf`,
      bold: `${DEJAVU}/DejaVuSerif-Bold.ttf`,
      italic: fs.existsSync(`${DEJAVU}/DejaVuSerif-Italic.ttf`) ? `${DEJAVU}/DejaVuSerif-Italic.ttf` : `${DEJAVU}/DejaVuSerif.ttf`,
      boldItalic: fs.existsSync(`${DEJAVU}/DejaVuSerif-BoldItalic.ttf`) ? `${DEJAVU}/DejaVuSerif-BoldItalic.ttf` : `${DEJAVU}/DejaVuSerif-Bold.ttf`,
      sans: `${DEJAVU}/DejaVuSans.ttf`,
    }
  : { regular: 'Times-Roman', bold: 'Times-Bold', italic: 'Times-Italic', boldItalic: 'Times-BoldItalic', sans: 'Helvetica' };

function fontFor(marks: readonly Mark[]): string {
  const bold = marks.some((mark) => mark.type.name === 'bold');
  const italic = marks.some((mark) => mark.type.name === 'italic');
  return bold && italic ? FONTS.boldItalic : bold ? FONTS.bold : italic ? FONTS.italic : FONTS.regular;
}

function writeInline(pdf: PDFKit.PDFDocument, node: ProseMirrorNode, options: PDFKit.Mixins.TextOptions): void {
  const pieces: { text: string; marks: readonly Mark[] }[] = [];
  node.forEach((child) => {
    if (child.isText) pieces.push({ text: child.text ?? '', marks: child.marks });
    else if (child.type.name === 'hardBreak') pieces.push({ text: '\n', marks: [] });
  });
  if (pieces.length === 0) {
    pdf.moveDown(0.5);
    return;
  }
  pieces.forEach((piece, index) => {
    const link = piece.marks.find((mark) => mark.type.name === 'link');
    const href = link && isSafeLinkHref(String(link.attrs.href)) ? String(link.attrs.href) : undefined;
    pdf.font(fontFor(piece.marks)).fillColor(href ? '#1f3a5f' : '#1c2430');
    pdf.text(piece.text, {
      ...options,
      continued: index < pieces.length - 1,
      link: href ?? null,
      underline: Boolean(href) || piece.marks.some((mark) => mark.type.name === 'underline'),
      strike: piece.marks.some((mark) => mark.type.name === 'strike'),
    });
  });
}

function writeBlocks(pdf: PDFKit.PDFDocument, node: ProseMirrorNode, indent = 0, marker?: () => string): void {
  node.forEach((child) => {
    switch (child.type.name) {
      case 'heading': {
        const size = [0, 17, 14, 12.5][Math.min(3, Number(child.attrs.level ?? 1))]!;
        pdf.moveDown(0.6).fontSize(size);
        writeInline(pdf, child, { indent });
        pdf.fontSize(11.5).moveDown(0.3);
        break;
      }
      case 'paragraph':
        if (marker) {
          pdf
            .font(FONTS.regular)
            .fillColor('#1c2430')
            .text(marker(), pdf.page.margins.left + indent - 14, pdf.y, { continued: false, lineBreak: false });
          pdf.moveUp();
        }
        writeInline(pdf, child, { indent, align: 'left', lineGap: 3 });
        pdf.moveDown(0.5);
        break;
      case 'bulletList':
      case 'orderedList': {
        let number = Number(child.attrs.start ?? 1);
        child.forEach((item) => {
          const label = child.type.name === 'bulletList' ? '•' : `${number++}.`;
          let first = true;
          // Only an item's first line carries its bullet or number.
          writeBlocks(pdf, item, indent + 18, () => {
            if (!first) return '';
            first = false;
            return label;
          });
        });
        break;
      }
      case 'blockquote':
        writeBlocks(pdf, child, indent + 18);
        break;
      case 'horizontalRule':
        pdf
          .moveDown(0.5)
          .strokeColor('#d9dee5')
          .moveTo(pdf.page.margins.left, pdf.y)
          .lineTo(pdf.page.width - pdf.page.margins.right, pdf.y)
          .stroke()
          .moveDown(0.5);
        break;
      default:
        writeBlocks(pdf, child, indent, marker);
    }
  });
}

function writeSignatories(pdf: PDFKit.PDFDocument, heading: string, entries: Publication['signatories']): void {
  if (entries.length === 0) return;
  pdf.moveDown(1).font(FONTS.bold).fontSize(14).fillColor('#1c2430').text(heading).moveDown(0.4);
  pdf.font(FONTS.sans).fontSize(10.5);
  for (const entry of entries) pdf.text(`${entry.name} — ${countries.of(entry.country) ?? entry.country}`).moveDown(0.15);
}

/** The published statement as a PDF position paper: title block, date, text, signatories. */
export function exportPdf(publication: Publication): Promise<Buffer> {
  const { version, title } = publication;
  const document = statementDocument(JSON.parse(version.content) as CanonicalNode);
  // Dated by the publication, not the render: the same publication gives the same file.
  const info = { Title: title, Creator: 'Accord', CreationDate: new Date(publication.publication.publishedAt) };
  const pdf = new PDFDocument({ size: 'A4', margins: { top: 64, bottom: 64, left: 68, right: 68 }, info });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const published = new Date(publication.publication.publishedAt).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // A fork is never headed as the coalition's: its organisation's label says whose it is.
  pdf
    .font(FONTS.sans)
    .fontSize(8.5)
    .fillColor('#1f3a5f')
    .text(publication.publisher?.label ?? 'JOINT STATEMENT');
  pdf.moveDown(0.3).font(FONTS.bold).fontSize(22).fillColor('#1c2430').text(title);
  pdf.moveDown(0.4).font(FONTS.sans).fontSize(9.5).fillColor('#5b6675').text(`Published ${published} · Version ${version.number}`);
  pdf.fontSize(7.5).text(`SHA-256 ${version.hash}`);
  pdf
    .moveDown(0.6)
    .strokeColor('#1f3a5f')
    .lineWidth(1.5)
    .moveTo(pdf.page.margins.left, pdf.y)
    .lineTo(pdf.page.width - pdf.page.margins.right, pdf.y)
    .stroke();
  pdf.moveDown(1).fontSize(11.5).fillColor('#1c2430');
  writeBlocks(pdf, document);
  writeSignatories(pdf, `Signed by ${publication.signatories.length} organisation${publication.signatories.length === 1 ? '' : 's'}`, publication.signatories);
  writeSignatories(pdf, 'Supported by', publication.supporters);
  pdf.end();
  return done;
}
