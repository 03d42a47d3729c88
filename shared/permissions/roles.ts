/**
 * What a user is in the coalition, outside any one statement. A user may hold several at once (a
 * member contact who is also a signatory); an action is allowed when any of them allows it.
 *
 * `contact`: any contact of a coalition organisation. `member`, `supporter` and `signatory` are
 * granted only once the organisation has agreed to the current Statement of Purpose; until then
 * its contacts may read and agree to it, nothing else. Rights on one statement (drafting it, its
 * stage, forks) are the statement policy's (statementPolicy.ts).
 */
export const ROLES = ['anonymous', 'contact', 'supporter', 'member', 'signatory', 'secretariat'] as const;

export type Role = (typeof ROLES)[number];

/** The role stored on an account; `member`/`supporter` come from the organisation. */
export const ACCOUNT_ROLES = ['secretariat', 'contact', 'signatory'] as const;

export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** The roles a contact's account can be given within their organisation. */
export const CONTACT_ROLES = ['contact', 'signatory'] as const;
