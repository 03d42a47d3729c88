import { AlignmentType, LevelFormat, type IPropertiesOptions } from 'docx';

/** The Quote style and the list numbering every Word file of a statement uses (see blockParagraphs). */
export const statementDocxStyles: Pick<IPropertiesOptions, 'styles' | 'numbering'> = {
  styles: {
    paragraphStyles: [
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
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
};
