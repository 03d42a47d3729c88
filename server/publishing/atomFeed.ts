import { escapeHtml } from './escapeHtml.ts';

export interface FeedEntry {
  url: string;
  title: string;
  publishedAt: string;
  updatedAt: string;
  summary: string;
}

/** An Atom 1.0 feed (RFC 4287) of the published statements. */
export function atomFeed(origin: string, entries: readonly FeedEntry[]): string {
  const updated = entries.map((entry) => entry.updatedAt).sort().at(-1) ?? new Date(0).toISOString();
  const xml = (text: string) => escapeHtml(text);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Published statements</title>
<id>${xml(`${origin}/p/`)}</id>
<link rel="self" type="application/atom+xml" href="${xml(`${origin}/p/feed.xml`)}"/>
<link rel="alternate" type="text/html" href="${xml(`${origin}/p/`)}"/>
<updated>${xml(updated)}</updated>
<author><name>The coalition</name></author>
${entries
  .map(
    (entry) => `<entry>
<title>${xml(entry.title)}</title>
<id>${xml(entry.url)}</id>
<link rel="alternate" type="text/html" href="${xml(entry.url)}"/>
<published>${xml(entry.publishedAt)}</published>
<updated>${xml(entry.updatedAt)}</updated>
<summary>${xml(entry.summary)}</summary>
</entry>`,
  )
  .join('\n')}
</feed>
`;
}
