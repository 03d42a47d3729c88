// Per user and version: another account in the same tab, or a new version, is shown it again.
const keyFor = (userId: string, version: number) => `accord.purposeSeen.${userId}.${version}`;

/**
 * Whether this browser session has already shown the Statement of Purpose to a contact whose
 * organisation has not agreed to it (they are sent there once after signing in, not every time).
 */
export const purposeSeen = {
  has(userId: string, version: number): boolean {
    try {
      return sessionStorage.getItem(keyFor(userId, version)) !== null;
    } catch {
      // Storage refused (privacy settings): do not trap the person on the page.
      return true;
    }
  },
  mark(userId: string, version: number): void {
    try {
      sessionStorage.setItem(keyFor(userId, version), '1');
    } catch {
      // Nothing to remember it in; `has` answers true then anyway.
    }
  },
};
