/** What a reader is told when two texts are too large or too different to compare within the budget. */
export const tooLargeToCompare =
  'These two texts are too large or too different to compare here. Open each version on its own to read it, or compare versions that are closer together.';
