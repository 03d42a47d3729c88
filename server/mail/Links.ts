/**
 * Absolute links for mail and feeds: PUBLIC_URL when set, else the server's own listening URL
 * (known only after listen: startServer calls `setBase`).
 */
export class Links {
  private base: string | null;

  constructor(publicUrl: string | undefined) {
    this.base = publicUrl === undefined ? null : new URL(publicUrl).origin;
  }

  /** Called once the server listens; PUBLIC_URL, when set, wins. */
  setBase(listeningUrl: string, publicUrl: string | undefined): void {
    this.base = publicUrl === undefined ? listeningUrl : new URL(publicUrl).origin;
  }

  /** `path` (starting with `/`) as an absolute URL. */
  url(path: string): string {
    if (this.base === null) throw new Error('links are not ready: the server is not listening yet');
    return `${this.base}${path.startsWith('/') ? path : `/${path}`}`;
  }
}
