import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Language } from '../../shared/i18n/languages.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import type { CanonicalNode } from '../versions/canonicalDocument.ts';
import { blockParagraphs } from './blockParagraphs.ts';
import type { Publication } from './publication.ts';
import { countryName, longDate } from './publicPages.ts';
import { statementDocument } from './statementDocument.ts';
import { statementDocxStyles } from './statementDocxStyles.ts';
import { xmlLegalText } from './xmlLegalText.ts';

function signatoryTable(entries: Publication['signatories'], language: Language): Table {
  const t = translatorFor(language);
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: xmlLegalText(text), bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell(t('public:signatories.organisation'), true), cell(t('public:signatories.country'), true)] }),
      // A row never breaks across pages; the header row repeats on each.
      ...entries.map((entry) => new TableRow({ cantSplit: true, children: [cell(entry.name), cell(countryName(entry.country, language))] })),
    ],
  });
}

/** The published statement as a Word document that reads like a position paper; its fixed words in `language`. */
export async function exportDocx(publication: Publication, language: Language): Promise<Buffer> {
  const t = translatorFor(language);
  const { version } = publication;
  const title = xmlLegalText(publication.title);
  const document = statementDocument(JSON.parse(version.content) as CanonicalNode);
  const children: (Paragraph | Table)[] = [
    // A fork is never headed as the coalition's: its organisation's label says whose it is.
    new Paragraph({
      children: [
        new TextRun({ text: publication.publisher?.label ?? t('public:statement.kicker').toLocaleUpperCase(language), bold: true, color: '1F3A5F', size: 18 }),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({
      children: [
        new TextRun({
          text: t('public:statement.meta', { date: longDate(publication.publication.publishedAt, language), n: version.number }),
          color: '5B6675',
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: `SHA-256 ${version.hash}`, color: '5B6675', size: 16 })], spacing: { after: 320 } }),
    ...blockParagraphs(document),
  ];
  if (publication.signatories.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t('public:export.signatories'))] }),
      signatoryTable(publication.signatories, language),
    );
  }
  if (publication.supporters.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t('public:export.supporters'))] }),
      signatoryTable(publication.supporters, language),
    );
  }
  const file = new Document({
    title,
    // i18n-ignore: the application's name
    creator: 'Accord',
    ...statementDocxStyles,
    sections: [{ children }],
  });
  return Packer.toBuffer(file);
}
