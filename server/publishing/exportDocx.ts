import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { CanonicalNode } from '../versions/canonicalDocument.ts';
import { blockParagraphs } from './blockParagraphs.ts';
import type { Publication } from './publication.ts';
import { statementDocument } from './statementDocument.ts';
import { statementDocxStyles } from './statementDocxStyles.ts';
import { xmlLegalText } from './xmlLegalText.ts';

const countries = new Intl.DisplayNames(['en'], { type: 'region' });

function signatoryTable(entries: Publication['signatories']): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: xmlLegalText(text), bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell('Organisation', true), cell('Country', true)] }),
      // A row never breaks across pages; the header row repeats on each.
      ...entries.map((entry) => new TableRow({ cantSplit: true, children: [cell(entry.name), cell(countries.of(entry.country) ?? entry.country)] })),
    ],
  });
}

/** The published statement as a Word document that reads like a position paper. */
export async function exportDocx(publication: Publication): Promise<Buffer> {
  const { version } = publication;
  const title = xmlLegalText(publication.title);
  const document = statementDocument(JSON.parse(version.content) as CanonicalNode);
  const published = new Date(publication.publication.publishedAt).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const children: (Paragraph | Table)[] = [
    // A fork is never headed as the coalition's: its organisation's label says whose it is.
    new Paragraph({ children: [new TextRun({ text: publication.publisher?.label ?? 'JOINT STATEMENT', bold: true, color: '1F3A5F', size: 18 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({ children: [new TextRun({ text: `Published ${published} · Version ${version.number}`, color: '5B6675' })] }),
    new Paragraph({ children: [new TextRun({ text: `SHA-256 ${version.hash}`, color: '5B6675', size: 16 })], spacing: { after: 320 } }),
    ...blockParagraphs(document),
  ];
  if (publication.signatories.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Signatories')] }), signatoryTable(publication.signatories));
  }
  if (publication.supporters.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Supporters')] }), signatoryTable(publication.supporters));
  }
  const file = new Document({
    title,
    creator: 'Accord',
    ...statementDocxStyles,
    sections: [{ children }],
  });
  return Packer.toBuffer(file);
}
