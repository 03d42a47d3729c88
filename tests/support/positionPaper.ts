import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { statementExtensions } from '../../shared/editor/statementExtensions.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { ApiClient } from './ApiClient.ts';
import type { JsonNode } from './documentOutline.ts';
import { createContact, createOrganisation, createStatement } from './coalition.ts';
import { connectCollab, waitForSync } from './collabClient.ts';
import type { AccordProcess } from './startAccord.ts';
import { waitForStoredText } from './waitForStoredText.ts';

const text = (value: string, ...marks: ({ type: string; attrs?: Record<string, unknown> } | string)[]) => ({
  type: 'text',
  text: value,
  ...(marks.length ? { marks: marks.map((mark) => (typeof mark === 'string' ? { type: mark } : mark)) } : {}),
});
const paragraph = (...content: ReturnType<typeof text>[]) => ({ type: 'paragraph', content });
const heading = (level: number, value: string) => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const item = (...content: JsonNode[]) => ({ type: 'listItem', content });
const link = (href: string) => ({ type: 'link', attrs: { href } });

export const LONG_PARAGRAPH =
  'Les organisations signataires rappellent que la gouvernance de l’Internet doit rester ouverte, inclusive et fondée sur le consensus, et que chaque registre national conserve la responsabilité de sa politique d’enregistrement, dans le respect du droit applicable et des engagements pris devant la communauté.';

/** A position paper with everything a statement can hold: three heading levels, nested lists of both kinds, a quote, a link, emphasis, French and Spanish. */
export const POSITION_PAPER: JsonNode = {
  type: 'doc',
  content: [
    heading(1, 'Notre position sur l’accès'),
    paragraph(
      text('We support an '),
      text('open', 'bold'),
      text(' and '),
      text('interoperable', 'italic'),
      text(' Internet; read '),
      text('the charter', link('https://example.org/charter?a=1&b=2')),
      text('.'),
    ),
    heading(2, 'Principes clés'),
    {
      type: 'bulletList',
      content: [
        item(paragraph(text('Accès équitable pour tous les usagers')), {
          type: 'bulletList',
          content: [item(paragraph(text('Información pública y gratuita'))), item(paragraph(text('Données à caractère personnel protégées')))],
        }),
        item(
          paragraph(
            text('Transparence de la '),
            text('gouvernance', 'bold', 'italic'),
            text(', y compris la publication des décisions, des comptes rendus et des motifs de chaque choix, afin que chacun puisse les lire'),
          ),
        ),
      ],
    },
    paragraph(text(LONG_PARAGRAPH)),
    heading(3, 'Próximos pasos'),
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [
        item(paragraph(text('Consultar a la comunidad'))),
        item(paragraph(text('Publicar el informe')), {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [item(paragraph(text('Revisión por los pares de la región')))],
        }),
      ],
    },
    {
      type: 'blockquote',
      content: [paragraph(text('« Nadie queda atrás », dijo la organización.')), paragraph(text('Cita de la asamblea, año 2026', 'italic'))],
    },
    paragraph(text('Fin de la déclaration.')),
  ],
};

export const SIGNATORY_NAMES = Array.from({ length: 40 }, (_, index) =>
  index % 2 === 0 ? `Asociación de Dominios ${String(index + 1).padStart(2, '0')}` : `Association française ${String(index + 1).padStart(2, '0')}`,
);

/** A statement in sign-on holding the position paper, signed by 40 organisations. */
export async function signedPositionPaper(server: AccordProcess, secretariat: ApiClient): Promise<{ id: string; slug: string; hash: string }> {
  const { id, slug } = await createStatement(secretariat, 'Déclaration commune sur l’accès');
  const editor = connectCollab(server.wsUrl, id, secretariat.cookie);
  await waitForSync(editor);
  const fragment = editor.doc.getXmlFragment(TEXT_FRAGMENT);
  editor.doc.transact(() => fragment.delete(0, fragment.length));
  prosemirrorJSONToYXmlFragment(getSchema(statementExtensions()), POSITION_PAPER, fragment);
  await waitForStoredText(server.wsUrl, id, secretariat.cookie, 'Fin de la déclaration.');
  editor.destroy();
  const contacts = [];
  for (const name of SIGNATORY_NAMES) {
    const orgId = await createOrganisation(secretariat, { name });
    contacts.push(await createContact(server, secretariat, { orgId, role: 'signatory' }));
  }
  const frozen = await secretariat.post<{ hash: string }>(`/api/statements/${id}/freeze`, {});
  if (frozen.status !== 200 && frozen.status !== 201) throw new Error(`freezing failed: ${JSON.stringify(frozen.body)}`);
  const { hash } = frozen.body;
  for (const contact of contacts) {
    const signed = await contact.client.post(`/api/statements/${id}/signatures`, { hash });
    if (signed.status !== 201) throw new Error(`signing failed: ${JSON.stringify(signed.body)}`);
  }
  return { id, slug, hash };
}
