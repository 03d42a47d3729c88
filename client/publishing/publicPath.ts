/** Where the public site shows a published statement (server-rendered, readable without signing in). */
export function publicPath(slug: string): string {
  return `/p/${encodeURIComponent(slug)}`;
}
