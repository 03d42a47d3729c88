import type { Language } from '../../shared/i18n/languages.ts';
import { escapeHtml } from './escapeHtml.ts';
import type { Publication } from './publication.ts';
import { htmlTranslator, longDate, page, publicationKicker, signatoryTable, statementBody } from './publicPages.ts';

/**
 * The HTML export: the document a reader keeps, so it carries what the public page shows around the
 * text (whose statement it is, when it was published, its version and hash, who signed it) and the
 * text itself through the same schema rendering, without the page's links to other formats.
 * Its fixed words and dates are in `language`.
 */
export function exportHtml(publication: Publication, language: Language): string {
  const t = htmlTranslator(language);
  const { version, title } = publication;
  const withdrawnAt = publication.publication.withdrawnAt;
  const withdrawn = publication.statement.stage === 'withdrawn' || withdrawnAt !== null;
  const withdrawnNotice = withdrawnAt ? t('public:statement.withdrawnOn', { date: longDate(withdrawnAt, language) }) : t('public:statement.withdrawn');
  const permanent = `${escapeHtml(publication.path)}/v/${version.number}`;
  const body = `
<header class="masthead">
${publicationKicker(publication, language)}
<h1>${escapeHtml(title)}</h1>
<p class="meta">${t('public:statement.meta', { date: longDate(publication.publication.publishedAt, language), n: version.number })}</p>
<p class="hash">SHA-256 <code>${escapeHtml(version.hash)}</code></p>
${withdrawn ? `<p class="notice" role="status">${withdrawnNotice}</p>` : ''}
</header>
<article class="statement">
${statementBody(publication)}
</article>
${signatoryTable(language, t('public:statement.signedBy', { n: publication.signatories.length }), publication.signatories)}
${signatoryTable(language, t('public:statement.supportedBy'), publication.supporters)}
<footer class="downloads">
<p>${t('public:export.permanentLink')} <a href="${permanent}">${permanent}</a></p>
</footer>`;
  return page(title, body, { feed: null, language });
}
