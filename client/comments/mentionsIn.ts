/** One chosen @mention: what the API takes, and the name shown. */
export interface ChosenMention {
  type: 'user' | 'organisation';
  id: string;
  name: string;
}

/** The chosen mentions still written in the text (one may have been deleted after choosing it). */
export function mentionsIn(body: string, chosen: readonly ChosenMention[]): { type: 'user' | 'organisation'; id: string }[] {
  return chosen.filter((mention) => body.includes(`@${mention.name}`)).map(({ type, id }) => ({ type, id }));
}
