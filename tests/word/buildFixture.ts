import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

/** Who changed what in the fixture, and when: the import keeps both on each suggestion and thread. */
export const ANA = { author: 'Ana Lopez', date: '2026-03-02T10:00:00Z' };
export const BEN = { author: 'Ben Okafor', date: '2026-03-03T11:30:00Z' };
export const CARLA = { author: 'Carla Rossi', date: '2026-03-04T09:15:00Z' };
export const DANA = { author: 'Dana Weiss', date: '2026-03-05T16:45:00Z' };

/** A 1×1 transparent PNG: the image the report must list as dropped. */
const PIXEL = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));

/**
 * A coalition's first draft as a policy team sends it: headings (one by a localized style id),
 * emphasis, links (one unsafe), tracked insertions, deletions and a replacement by three authors,
 * a comment with a reply, nested lists of both kinds, a quote, a footnote, an image and a table.
 */
export async function buildDraftDocx(): Promise<Uint8Array> {
  const document = new Document({
    styles: {
      paragraphStyles: [
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } },
        // As LibreOffice and a French Word name it: the id is not "Heading2", the built-in name is.
        { id: 'Titre2', name: 'heading 2', basedOn: 'Normal', run: { bold: true } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'points',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.BULLET, text: '◦', alignment: AlignmentType.LEFT },
          ],
        },
        { reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
      ],
    },
    comments: {
      children: [
        { id: 0, author: DANA.author, date: new Date(DANA.date), children: [new Paragraph('Is neutral the right word here?')] },
        { id: 1, parentId: 0, author: ANA.author, date: new Date(ANA.date), children: [new Paragraph('Yes: it is the term the coalition agreed.')] },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('See the 2025 access report.')] } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Access for all')] }),
          new Paragraph({
            children: [
              new TextRun('The coalition '),
              new TextRun({ text: 'strongly', bold: true }),
              new TextRun(' supports '),
              new TextRun({ text: 'open', italics: true }),
              new TextRun(' '),
              new ExternalHyperlink({ link: 'https://example.org/standards', children: [new TextRun('standards')] }),
              new TextRun(' and '),
              new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('clicks')] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('We ask governments to '),
              new DeletedTextRun({ text: 'act slowly', id: 11, ...ANA }),
              new InsertedTextRun({ text: 'act now', id: 12, ...ANA }),
              new TextRun(' and '),
              new DeletedTextRun({ text: 'never ', id: 13, ...BEN }),
              new TextRun('to listen'),
              new InsertedTextRun({ text: ' carefully', id: 14, ...CARLA }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ style: 'Titre2', children: [new TextRun('Registries')] }),
          new Paragraph({
            children: [
              new TextRun('National '),
              // The reply on the same words, as Word writes one (LibreOffice drops a comment with no range).
              new CommentRangeStart(0),
              new CommentRangeStart(1),
              new TextRun('registries must stay neutral'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new CommentRangeEnd(1),
              new TextRun({ children: [new CommentReference(1)] }),
              new TextRun(' in every case.'),
            ],
          }),
          new Paragraph({ numbering: { reference: 'points', level: 0 }, children: [new TextRun('First point')] }),
          new Paragraph({ numbering: { reference: 'points', level: 1 }, children: [new TextRun('A sub-point')] }),
          new Paragraph({ numbering: { reference: 'points', level: 0 }, children: [new TextRun('Second point')] }),
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('Step one')] }),
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('Step two')] }),
          new Paragraph({ style: 'Quote', children: [new TextRun('Nothing about us without us.')] }),
          new Paragraph({ children: [new TextRun('Access matters'), new FootnoteReferenceRun(1), new TextRun(' to everyone.')] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 } })] }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('A table cell')] })] })] }),
          new Paragraph('The end.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
