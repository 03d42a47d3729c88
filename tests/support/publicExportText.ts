import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The words of a public export, whitespace collapsed: PDF text runs, Word's document.xml, or the text as it is.
 * `headers` as a reader's browser would send them (Accept-Language).
 */
export async function publicExportText(url: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) return { status: response.status, text: '' };
  let text: string;
  if (url.endsWith('.pdf')) {
    const pdf = await getDocument({ data: bytes }).promise;
    text = '';
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')} `;
    }
  } else if (url.endsWith('.docx')) {
    const zip = await JSZip.loadAsync(bytes);
    text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
  } else {
    text = new TextDecoder().decode(bytes);
  }
  return { status: response.status, text: text.replace(/\s+/g, ' ') };
}
