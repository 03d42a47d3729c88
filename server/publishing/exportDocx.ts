import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { isSafeLinkHref } from '../../shared/editor/isSafeLinkHref.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import type { CanonicalNode } from '../versions/canonicalDocument.ts';
import type { Publication } from './publication.ts';
import { countryName, longDate } from './publicPages.ts';
import { statementDocument } from './statementDocument.ts';
import { xmlLegalText } from './xmlLegalText.ts';

// Word's own style names, which Word shows translated itself.
// i18n-ignore: a style id
const QUOTE_STYLE = 'Quote';
// i18n-ignore: a style id
const NORMAL_STYLE = 'Normal';
// i18n-ignore: a style id
const HYPERLINK_STYLE = 'Hyperlink';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function runs(node: ProseMirrorNode): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  node.forEach((child) => {
    if (child.type.name === 'hardBreak') {
      children.push(new TextRun({ text: '', break: 1 }));
      return;
    }
    if (!child.isText) return;
    const has = (name: string) => child.marks.some((mark: Mark) => mark.type.name === name);
    const link = child.marks.find((mark: Mark) => mark.type.name === 'link');
    const run = new TextRun({
      text: xmlLegalText(child.text ?? ''),
      bold: has('bold'),
      italics: has('italic'),
      strike: has('strike'),
      underline: has('underline') ? {} : undefined,
      style: link && isSafeLinkHref(String(link.attrs.href)) ? HYPERLINK_STYLE : undefined,
    });
    children.push(link && isSafeLinkHref(String(link.attrs.href)) ? new ExternalHyperlink({ link: String(link.attrs.href), children: [run] }) : run);
  });
  return children;
}

function blocks(node: ProseMirrorNode, list?: { reference: string; level: number }, quote = false): Paragraph[] {
  const out: Paragraph[] = [];
  node.forEach((child) => {
    switch (child.type.name) {
      case 'paragraph':
        out.push(
          new Paragraph({ children: runs(child), spacing: { after: 160 }, ...(list ? { numbering: list } : {}), ...(quote ? { style: QUOTE_STYLE } : {}) }),
        );
        break;
      case 'heading':
        // The title is the document's first heading; the statement's headings come after it.
        out.push(new Paragraph({ children: runs(child), heading: HEADINGS[Math.min(3, Number(child.attrs.level ?? 1))] }));
        break;
      case 'bulletList':
      case 'orderedList':
        child.forEach((item) => {
          out.push(...blocks(item, { reference: child.type.name === 'bulletList' ? 'bullets' : 'numbers', level: list ? list.level + 1 : 0 }, quote));
        });
        break;
      case 'blockquote':
        // Word's own Quote style: indented, set apart, and read back as a quote.
        out.push(...blocks(child, list, true));
        break;
      case 'horizontalRule':
        out.push(new Paragraph({ children: [], border: { bottom: { style: 'single', size: 6, color: '999999', space: 1 } } }));
        break;
      default:
        out.push(...blocks(child, list, quote));
    }
  });
  return out;
}

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
    ...blocks(document),
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
    styles: {
      paragraphStyles: [
        {
          id: QUOTE_STYLE,
          name: QUOTE_STYLE,
          basedOn: NORMAL_STYLE,
          next: NORMAL_STYLE,
          quickFormat: true,
          paragraph: { indent: { left: 720 }, border: { left: { style: 'single', size: 12, color: 'C9D1DC', space: 8 } } },
          run: { color: '5B6675' },
        },
      ],
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT })) },
        {
          reference: 'numbers',
          levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.LEFT })),
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(file);
}
