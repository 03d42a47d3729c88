import { describe, expect, it } from 'vitest';
import { visibleReplyText } from './visibleReplyText.ts';

describe('visibleReplyText', () => {
  it.each([
    ['Gmail quote header', 'Agreed, keep it.\n\nOn Wed, 2 Dec 2026 at 09:14, Accord <notifications@accord.example> wrote:\n> The original comment\n'],
    [
      'Outlook header block',
      'Agreed, keep it.\r\n\r\nFrom: Accord <notifications@accord.example>\r\nSent: Wednesday, 2 December 2026 09:14\r\nSubject: A comment\r\n\r\nThe original comment\r\n',
    ],
    ['signature separator', 'Agreed, keep it.\n\n-- \nAda Lovelace\nPolicy team, .nl registry\n'],
    ['mobile signature', 'Agreed, keep it.\n\nSent from my iPhone\n'],
    ['quoted lines only below', 'Agreed, keep it.\n\n> The original comment\n> continued\n'],
  ])('keeps only what was written (%s)', (_case, text) => {
    expect(visibleReplyText(text)).toBe('Agreed, keep it.');
  });

  it('keeps several paragraphs of the reply itself', () => {
    expect(visibleReplyText('First point.\n\nSecond point.\n\nOn Wed, 2 Dec 2026, Accord <a@b.example> wrote:\n> quoted\n')).toBe(
      'First point.\n\nSecond point.',
    );
  });

  it('is empty when only the quote was sent back', () => {
    expect(visibleReplyText('\n\nOn Wed, 2 Dec 2026, Accord <a@b.example> wrote:\n> quoted\n')).toBe('');
  });
});
