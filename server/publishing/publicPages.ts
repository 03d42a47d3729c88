import type { CanonicalNode } from '../versions/canonicalDocument.ts';
import { escapeHtml } from './escapeHtml.ts';
import type { Publication } from './publication.ts';
import { renderHtml } from './renderHtml.ts';
import { statementDocument } from './statementDocument.ts';

const countries = new Intl.DisplayNames(['en'], { type: 'region' });
const countryName = (code: string) => countries.of(code) ?? code;
const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A public page: no script at all, one stylesheet, readable and printable without JavaScript. */
export function page(title: string, body: string, { feed = '/p/feed.xml' }: { feed?: string | null } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/p/assets/public.css">
${feed ? `<link rel="alternate" type="application/atom+xml" title="Published statements" href="${escapeHtml(feed)}">` : ''}
</head>
<body>
<main class="sheet">
${body}
</main>
</body>
</html>
`;
}

function signatoryTable(heading: string, entries: Publication['signatories']): string {
  if (entries.length === 0) return '';
  const rows = entries.map((entry) => `<tr><td>${escapeHtml(entry.name)}</td><td>${escapeHtml(countryName(entry.country))}</td></tr>`).join('\n');
  return `<section class="signatories">
<h2>${escapeHtml(heading)}</h2>
<table><thead><tr><th scope="col">Organisation</th><th scope="col">Country</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}

/** The statement's text as HTML, rendered through the editor schema. */
export function statementBody(publication: Publication): string {
  return renderHtml(statementDocument(JSON.parse(publication.version.content) as CanonicalNode));
}

/** What heads every output: "Joint statement", or for a fork whose it is and that the coalition did not sign it. */
export function publicationKicker(publication: Publication): string {
  return publication.publisher ? `<p class="kicker publisher">${escapeHtml(publication.publisher.label)}</p>` : '<p class="kicker">Joint statement</p>';
}

export function publicationPage(publication: Publication, permanent: boolean): string {
  const { statement, version, title } = publication;
  const withdrawn = statement.stage === 'withdrawn' || publication.publication.withdrawnAt !== null;
  const base = publication.path;
  const feed = publication.publisher ? `/p/orgs/${encodeURIComponent(publication.publisher.slug)}/feed.xml` : '/p/feed.xml';
  const withdrawals = publication.withdrawals.length
    ? `<section class="withdrawals"><h2>Withdrawn signatures</h2><ul>${publication.withdrawals
        .map(
          (entry) => `<li>${escapeHtml(entry.name)} (${escapeHtml(countryName(entry.country))}), withdrawn on ${escapeHtml(longDate(entry.withdrawnAt!))}</li>`,
        )
        .join('')}</ul></section>`
    : '';
  const otherVersions =
    publication.versions.length > 1
      ? `<p>Published versions: ${publication.versions.map((entry) => `<a href="${base}/v/${entry.versionNumber}">version ${entry.versionNumber}</a>`).join(', ')}</p>`
      : '';
  const body = `
<header class="masthead">
${publicationKicker(publication)}
<h1>${escapeHtml(title)}</h1>
<p class="meta">Published ${escapeHtml(longDate(publication.publication.publishedAt))} · Version ${version.number}</p>
<p class="hash">SHA-256 <code>${escapeHtml(version.hash)}</code></p>
${withdrawn ? `<p class="notice" role="status">This statement was withdrawn${publication.publication.withdrawnAt ? ` on ${escapeHtml(longDate(publication.publication.withdrawnAt))}` : ''}. It is kept here as it was published.</p>` : ''}
</header>
<article class="statement">
${statementBody(publication)}
</article>
${signatoryTable(`Signed by ${publication.signatories.length} organisation${publication.signatories.length === 1 ? '' : 's'}`, publication.signatories)}
${signatoryTable('Supported by', publication.supporters)}
${withdrawals}
<footer class="downloads">
<p>Download: <a href="${base}.pdf">PDF</a> · <a href="${base}.docx">Word</a> · <a href="${base}.md">Markdown</a> · <a href="${base}.html">HTML</a></p>
<p>${permanent ? `Permanent link to this version: <a href="${base}/v/${version.number}">${base}/v/${version.number}</a>` : `<a href="${base}/v/${version.number}">Permanent link to version ${version.number}</a>`} · ${publication.publisher ? `<a href="${escapeHtml(feed)}">Atom feed of ${escapeHtml(publication.publisher.name)}</a>` : '<a href="/p/">All published statements</a>'}</p>
${otherVersions}
</footer>`;
  return page(title, body, { feed });
}

export function indexPage(entries: { slug: string; title: string; publishedAt: string; version: number; withdrawn: boolean; signatories: number }[]): string {
  const items = entries.length
    ? `<ul class="index">${entries
        .map(
          (entry) =>
            `<li><a href="/p/${encodeURIComponent(entry.slug)}">${escapeHtml(entry.title)}</a><span class="meta">${escapeHtml(longDate(entry.publishedAt))} · version ${entry.version} · ${entry.signatories} signator${entry.signatories === 1 ? 'y' : 'ies'}${entry.withdrawn ? ' · withdrawn' : ''}</span></li>`,
        )
        .join('\n')}</ul>`
    : '<p>Nothing has been published yet.</p>';
  return page(
    'Published statements',
    `<header class="masthead"><p class="kicker">The coalition</p><h1>Published statements</h1><p class="meta"><a href="/p/feed.xml">Atom feed</a></p></header>\n${items}`,
  );
}
