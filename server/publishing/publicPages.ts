import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/i18n/languages.ts';
import { dateLocaleFor } from '../i18n/dateLocaleFor.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import type { CanonicalNode } from '../versions/canonicalDocument.ts';
import { escapeHtml } from './escapeHtml.ts';
import type { Publication } from './publication.ts';
import { renderHtml } from './renderHtml.ts';
import { statementDocument } from './statementDocument.ts';

/** A country's name in `language`, from its ISO code. */
export const countryName = (code: string, language: Language) => new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
/** "3 March 2026" in `language` (UTC: a publication's day is the same everywhere). */
export const longDate = (iso: string, language: Language) =>
  new Date(iso).toLocaleDateString(dateLocaleFor(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A translator whose words are escaped for HTML (values included): named `t` so the extractor sees every key. */
export function htmlTranslator(language: Language): (key: string, values?: Record<string, unknown>) => string {
  const translate = translatorFor(language);
  return (key, values) => escapeHtml(translate(key, values));
}

/** English · Français · Español, each in its own language; the query keeps the page and sets the cookie. */
function languageSwitch(current: Language): string {
  const t = htmlTranslator(current);
  const links = LANGUAGES.map((language) =>
    language === current
      ? `<strong lang="${language}" aria-current="true">${escapeHtml(LANGUAGE_NAMES[language])}</strong>`
      : `<a href="?lang=${language}" lang="${language}" hreflang="${language}">${escapeHtml(LANGUAGE_NAMES[language])}</a>`,
  );
  return `<nav class="languages" aria-label="${t('public:page.languages')}">${links.join(' · ')}</nav>`;
}

/** A public page: no script at all, one stylesheet, readable and printable without JavaScript. */
export function page(title: string, body: string, { feed = '/p/feed.xml', language = 'en' }: { feed?: string | null; language?: Language } = {}): string {
  const t = htmlTranslator(language);
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/p/assets/public.css">
${feed ? `<link rel="alternate" type="application/atom+xml" title="${t('public:index.title')}" href="${escapeHtml(feed)}">` : ''}
</head>
<body>
${languageSwitch(language)}
<main class="sheet">
${body}
</main>
</body>
</html>
`;
}

/** The signatories (or supporters) under `heading`, which is HTML already; nothing when there are none. */
export function signatoryTable(language: Language, heading: string, entries: Publication['signatories']): string {
  if (entries.length === 0) return '';
  const t = htmlTranslator(language);
  const rows = entries.map((entry) => `<tr><td>${escapeHtml(entry.name)}</td><td>${escapeHtml(countryName(entry.country, language))}</td></tr>`).join('\n');
  return `<section class="signatories">
<h2>${heading}</h2>
<table><thead><tr><th scope="col">${t('public:signatories.organisation')}</th><th scope="col">${t('public:signatories.country')}</th></tr></thead>
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
export function publicationKicker(publication: Publication, language: Language = 'en'): string {
  const t = htmlTranslator(language);
  return publication.publisher
    ? `<p class="kicker publisher">${escapeHtml(publication.publisher.label)}</p>`
    : `<p class="kicker">${t('public:statement.kicker')}</p>`;
}

export function publicationPage(publication: Publication, permanent: boolean, language: Language = 'en'): string {
  const t = htmlTranslator(language);
  const { statement, version, title } = publication;
  const withdrawn = statement.stage === 'withdrawn' || publication.publication.withdrawnAt !== null;
  const base = publication.path;
  const feed = publication.publisher ? `/p/orgs/${encodeURIComponent(publication.publisher.slug)}/feed.xml` : '/p/feed.xml';
  const withdrawals = publication.withdrawals.length
    ? `<section class="withdrawals"><h2>${t('public:statement.withdrawnSignatures')}</h2><ul>${publication.withdrawals
        .map(
          (entry) =>
            `<li>${t('public:statement.withdrawnSignature', { organisation: entry.name, country: countryName(entry.country, language), date: longDate(entry.withdrawnAt!, language) })}</li>`,
        )
        .join('')}</ul></section>`
    : '';
  const versionLinks = publication.versions.map(
    (entry) => `<a href="${base}/v/${entry.versionNumber}">${t('public:statement.versionLink', { n: entry.versionNumber })}</a>`,
  );
  const otherVersions = publication.versions.length > 1 ? `<p>${t('public:statement.publishedVersions')} ${versionLinks.join(', ')}</p>` : '';
  const withdrawnAt = publication.publication.withdrawnAt;
  const withdrawnNotice = withdrawnAt ? t('public:statement.withdrawnOn', { date: longDate(withdrawnAt, language) }) : t('public:statement.withdrawn');
  const permanentLink = permanent
    ? `${t('public:statement.permanentLinkHere')} <a href="${base}/v/${version.number}">${base}/v/${version.number}</a>`
    : `<a href="${base}/v/${version.number}">${t('public:statement.permanentLinkTo', { n: version.number })}</a>`;
  const moreLink = publication.publisher
    ? `<a href="${escapeHtml(feed)}">${t('public:statement.organisationFeed', { organisation: publication.publisher.name })}</a>`
    : `<a href="/p/">${t('public:statement.allPublished')}</a>`;
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
${withdrawals}
<footer class="downloads">
<p>${t('public:statement.download')} <a href="${base}.pdf">PDF</a> · <a href="${base}.docx">Word</a> · <a href="${base}.md">Markdown</a> · <a href="${base}.html">HTML</a></p>
<p>${permanentLink} · ${moreLink}</p>
${otherVersions}
</footer>`;
  return page(title, body, { feed, language });
}

export function indexPage(
  entries: { slug: string; title: string; publishedAt: string; version: number; withdrawn: boolean; signatories: number }[],
  language: Language = 'en',
): string {
  const t = htmlTranslator(language);
  const items = entries.length
    ? `<ul class="index">${entries
        .map(
          (entry) =>
            `<li><a href="/p/${encodeURIComponent(entry.slug)}">${escapeHtml(entry.title)}</a><span class="meta">${t('public:index.entry', {
              date: longDate(entry.publishedAt, language),
              n: entry.version,
              signatories: entry.signatories,
            })}${entry.withdrawn ? ` · ${t('public:index.withdrawn')}` : ''}</span></li>`,
        )
        .join('\n')}</ul>`
    : `<p>${t('public:index.empty')}</p>`;
  return page(
    translatorFor(language)('public:index.title'),
    `<header class="masthead"><p class="kicker">${t('public:index.kicker')}</p><h1>${t('public:index.title')}</h1><p class="meta"><a href="/p/feed.xml">${t('public:index.feed')}</a></p></header>\n${items}`,
    { language },
  );
}

/** The page for an address with nothing published at it. */
export function notFoundPage(language: Language): string {
  const t = htmlTranslator(language);
  return page(
    translatorFor(language)('public:notFound.title'),
    `<h1>${t('public:notFound.title')}</h1><p>${t('public:notFound.body')} <a href="/p/">${t('public:statement.allPublished')}</a></p>`,
    { language },
  );
}

/** The page for an address that asked for too many renders. */
export function tooManyRequestsPage(language: Language, retryAfterSeconds: number): string {
  const t = htmlTranslator(language);
  return page(
    translatorFor(language)('public:tooMany.title'),
    `<h1>${t('public:tooMany.title')}</h1><p>${t('public:tooMany.body', { seconds: retryAfterSeconds })}</p>`,
    { feed: null, language },
  );
}
