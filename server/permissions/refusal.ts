import type { StatementAction } from '../../shared/permissions/statementPolicy.ts';

/** What a refused action says when it is possible at another stage (409), in words a user knows. */
export const NOT_NOW: Record<StatementAction, string> = {
  'statement.read': 'This statement cannot be read now',
  'statement.comment': 'A withdrawn statement takes no more comments',
  'statement.suggest': 'Wording can be suggested only while the statement is being drafted',
  'statement.rename': 'Renaming is possible only while drafting: the title is part of the final version',
  'statement.editText': 'The text can be changed only while the statement is being drafted',
  'statement.nameVersion': 'Versions are named while the statement is being drafted',
  'statement.restoreVersion': 'A version can be restored only while the statement is being drafted',
  'statement.decideSuggestions': 'The statement is withdrawn: its threads are kept as they are',
  'statement.acceptSuggestions': 'A suggestion can be accepted only while the statement is being drafted',
  'statement.manageDrafters': 'Drafters cannot be changed on a withdrawn statement',
  'statement.fork': 'A withdrawn statement cannot be forked',
  'fork.manage': 'This fork is published: its sharing and offers no longer change',
  'fork.publish': 'This fork has been published already',
  'statement.sign': 'Sign-on is closed for this statement',
  'statement.decline': 'Sign-on is closed for this statement',
  'statement.withdrawSignature': 'Sign-on is closed: the signature can no longer be withdrawn',
  'statement.freeze': 'Only a statement being drafted can be frozen',
  'statement.reopen': 'Only a statement in sign-on can be reopened for drafting',
  'statement.publish': 'Only a statement in sign-on can be published',
  'statement.withdraw': 'Only a published statement can be withdrawn',
  'statement.editSettings': 'A withdrawn statement has no sign-on settings to change',
  'statement.readTally': 'There is no tally yet: organisations decide once the final text is frozen',
};
