import { xmlText } from './xmlText.ts';

export interface FeedEntry {
  url: string;
  title: string;
  publishedAt: string;
  updatedAt: string;
  summary: string;
}

/** Whose feed it is: the coalition's (/p/feed.xml) or one organisation's own publications. */
export interface FeedSource {
  title: string;
  author: string;
  /** The feed's own path and the page it accompanies, from the origin. */
  selfPath: string;
  pagePath: string;
}

/** An Atom 1.0 feed (RFC 4287); every text goes through xmlText, so no title or text can break it. */
export function atomFeed(origin: string, source: FeedSource, entries: readonly FeedEntry[]): string {
  const updated =
    entries
      .map((entry) => entry.updatedAt)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  const xml = xmlText;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${xml(source.title)}</title>
<id>${xml(`${origin}${source.selfPath}`)}</id>
<link rel="self" type="application/atom+xml" href="${xml(`${origin}${source.selfPath}`)}"/>
<link rel="alternate" type="text/html" href="${xml(`${origin}${source.pagePath}`)}"/>
<updated>${xml(updated)}</updated>
<author><name>${xml(source.author)}</name></author>
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
