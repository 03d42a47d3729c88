export interface PresentUser {
  id: string;
  name: string;
  color: string;
}

/** The people in a document, once each, from awareness states (whose `user` the server sets). */
export function presentUsers(states: Map<number, Record<string, unknown>>): PresentUser[] {
  const byId = new Map<string, PresentUser>();
  for (const state of states.values()) {
    const user = state.user as Partial<PresentUser> | undefined;
    if (user && typeof user.id === 'string' && typeof user.name === 'string') {
      byId.set(user.id, { id: user.id, name: user.name, color: typeof user.color === 'string' ? user.color : '#666' });
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether two lists from presentUsers name the same people in the same order. */
export function samePeople(a: readonly PresentUser[], b: readonly PresentUser[]): boolean {
  return a.length === b.length && a.every((user, index) => user.id === b[index]!.id && user.name === b[index]!.name && user.color === b[index]!.color);
}
