/**
 * A server command tried to change a statement's text after it stopped being drafted: a freeze
 * on the same store chain got there first. The command's transaction rolls back whole.
 */
export class TextFrozenError extends Error {
  constructor(readonly statementId: string) {
    super('The text was frozen meanwhile');
  }
}
