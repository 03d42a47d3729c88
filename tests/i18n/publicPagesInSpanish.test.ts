import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { writeStoredText } from '../support/writeStoredText.ts';

/** Public pages in the reader's language: `?lang=`, then the switch's cookie, then Accept-Language, else English. */
describe('public pages in Spanish', () => {
  let server: AccordProcess;
  let slug: string;
  const reader = () => new ApiClient(server.url, null);

  beforeAll(async () => {
    server = await startAccord();
    const secretariat = await signInAsSecretariat(server);
    const signatory = await createContact(server, secretariat, {
      orgId: await createOrganisation(secretariat, { name: 'Registro <Ejemplo>' }),
      role: 'signatory',
    });
    let statementId: string;
    ({ id: statementId, slug } = await createStatement(secretariat, 'Joint statement on registry data'));
    await writeStoredText(server.wsUrl, statementId, secretariat.cookie, ['Registries keep their data accurate.']);
    const { hash } = (await secretariat.post<{ hash: string }>(`/api/statements/${statementId}/freeze`, {})).body;
    expect((await signatory.client.post(`/api/statements/${statementId}/signatures`, { hash })).status).toBe(201);
    expect((await secretariat.post(`/api/statements/${statementId}/publish`, {})).status).toBe(200);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  function expectSpanish(html: string) {
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Firmada por 1 organización');
    expect(html).toContain('Declaración conjunta');
    expect(html).toMatch(/Publicada el \d+ de \w+ de \d{4} · Versión 1/);
    expect(html).toContain('Registro &lt;Ejemplo&gt;');
    expect(html).toContain('Países Bajos');
    // The switch: each language named in itself, with lang and hreflang.
    expect(html).toContain('<nav class="languages" aria-label="Idioma">');
    expect(html).toContain('<a href="?lang=en" lang="en" hreflang="en">English</a>');
    expect(html).toContain('<a href="?lang=fr" lang="fr" hreflang="fr">Français</a>');
    expect(html).toContain('<strong lang="es" aria-current="true">Español</strong>');
  }

  it('?lang=es answers in Spanish and remembers the choice in a cookie', async () => {
    const client = reader();
    const page = await client.request('GET', `/p/${slug}?lang=es`, undefined, { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(page.status).toBe(200);
    expectSpanish(String(page.body));
    expect(page.headers.get('content-language')).toBe('es');
    expect(page.headers.get('vary')).toMatch(/Accept-Language/);
    expect(page.headers.get('vary')).toMatch(/Cookie/);
    expect(page.headers.get('set-cookie')).toMatch(/^accord_lang=es;/);
    expect(client.cookie).toBe('accord_lang=es');

    // The cookie wins over the browser's French, on the index too.
    const index = await client.request('GET', '/p/', undefined, { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(String(index.body)).toContain('<html lang="es">');
    expect(String(index.body)).toContain('Declaraciones publicadas');
    expect(String(index.body)).toContain('1 firmante');
  });

  it('Accept-Language: es answers in Spanish; the cached English answer is not served to it, nor the other way round', async () => {
    const english = await reader().request('GET', `/p/${slug}`);
    expect(String(english.body)).toContain('<html lang="en">');
    expect(String(english.body)).toContain('Signed by 1 organisation');
    const spanish = await reader().request('GET', `/p/${slug}`, undefined, { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' });
    expectSpanish(String(spanish.body));
    expect(spanish.headers.get('etag')).not.toBe(english.headers.get('etag'));
    const englishAgain = await reader().request('GET', `/p/${slug}`, undefined, { 'accept-language': 'de-DE' });
    expect(String(englishAgain.body)).toContain('<html lang="en">');
  });

  it('a page that is not there says so in Spanish', async () => {
    const missing = await reader().request('GET', '/p/nothing-here?lang=es');
    expect(missing.status).toBe(404);
    expect(String(missing.body)).toContain('No hay ninguna declaración publicada en esta dirección.');
  });
});
