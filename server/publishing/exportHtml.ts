import { escapeHtml } from './escapeHtml.ts';
import type { Publication } from './publication.ts';
import { page, publicationKicker, statementBody } from './publicPages.ts';

const countries = new Intl.DisplayNames(['en'], { type: 'region' });
const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function signatoryTable(heading: string, entries: Publication['signatories']): string {
  if (entries.length === 0) return '';
  const rows = entries
    .map((entry) => `<tr><td>${escapeHtml(entry.name)}</td><td>${escapeHtml(countries.of(entry.country) ?? entry.country)}</td></tr>`)
    .join('\n');
  return `<section class="signatories">
<h2>${escapeHtml(heading)}</h2>
<table><thead><tr><th scope="col">Organisation</th><th scope="col">Country</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}

/**
 * The HTML export: the document a reader keeps, so it carries what the public page shows around the
 * text (whose statement it is, when it was published, its version and hash, who signed it) and the
 * text itself through the same schema rendering, without the page's links to other formats.
 */
export function exportHtml(publication: Publication): string {
  const { version, title } = publication;
  const withdrawnAt = publication.publication.withdrawnAt;
  const withdrawn = publication.statement.stage === 'withdrawn' || withdrawnAt !== null;
  const body = `
<header class="masthead">
${publicationKicker(publication)}
<h1>${escapeHtml(title)}</h1>
<p class="meta">Published ${escapeHtml(longDate(publication.publication.publishedAt))} · Version ${version.number}</p>
<p class="hash">SHA-256 <code>${escapeHtml(version.hash)}</code></p>
${withdrawn ? `<p class="notice" role="status">This statement was withdrawn${withdrawnAt ? ` on ${escapeHtml(longDate(withdrawnAt))}` : ''}. It is kept here as it was published.</p>` : ''}
</header>
<article class="statement">
${statementBody(publication)}
</article>
${signatoryTable(`Signed by ${publication.signatories.length} organisation${publication.signatories.length === 1 ? '' : 's'}`, publication.signatories)}
${signatoryTable('Supported by', publication.supporters)}
<footer class="downloads">
<p>Permanent link: <a href="${escapeHtml(publication.path)}/v/${version.number}">${escapeHtml(publication.path)}/v/${version.number}</a></p>
</footer>`;
  return page(title, body, { feed: null });
}
