import { AlignmentType, LevelFormat, type IPropertiesOptions } from 'docx';

/** How deep lists nest in Word (the editor allows deeper; deeper items stay at the last level). */
export const LIST_LEVELS = 6;
const BULLETS = ['•', '◦', '▪'];
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

/**
 * Every level indented a step further than its parent, with a hanging indent so a wrapped line
 * lines up with the text rather than the marker (without it Word and LibreOffice draw every level
 * at the margin, and nested items look like their parents).
 */
function levels(look: (level: number) => { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }) {
  return Array.from({ length: LIST_LEVELS }, (_, level) => ({
    level,
    ...look(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

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
      { reference: 'bullets', levels: levels((level) => ({ format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length]! })) },
      // 1. / a. / i. as Word numbers nested lists by default.
      { reference: 'numbers', levels: levels((level) => ({ format: NUMBER_FORMATS[level % NUMBER_FORMATS.length]!, text: `%${level + 1}.` })) },
    ],
  },
};
