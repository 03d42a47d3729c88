import { type UnzipFileInfo, unzipSync } from 'fflate';
import type { DocxLimits } from './DocxLimits.ts';
import { invalidDocx, tooLargeDocx } from './DocxError.ts';

/** The parts of a .docx the importer reads, by path; media and everything else are never inflated. */
const WANTED = /^(\[Content_Types\]\.xml|word\/[^/]+\.xml|word\/_rels\/[^/]+\.rels)$/;

/**
 * Unzips the XML parts of a .docx, refusing zip bombs before inflating anything: the entry count,
 * each entry's declared size and compression ratio, and the total are checked against the limits
 * in fflate's filter, which sees every entry's header first. fflate inflates into a buffer of the
 * declared size, so a header that lies cannot make an entry grow past it.
 */
export function unpackDocx(bytes: Uint8Array, limits: DocxLimits): Map<string, Uint8Array> {
  if (bytes.length > limits.maxFileBytes) throw tooLargeDocx(`the file is over ${limits.maxFileBytes} bytes`);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw invalidDocx('it is not a zip file');
  let entries = 0;
  let total = 0;
  const filter = (entry: UnzipFileInfo): boolean => {
    entries++;
    if (entries > limits.maxEntries) throw tooLargeDocx(`it holds more than ${limits.maxEntries} files`);
    if (!WANTED.test(entry.name)) return false;
    if (entry.originalSize > limits.maxEntryBytes) throw tooLargeDocx(`${entry.name} unpacks to more than ${limits.maxEntryBytes} bytes`);
    if (entry.originalSize > Math.max(entry.size, 1) * limits.maxCompressionRatio) {
      throw tooLargeDocx(`${entry.name} is compressed more than ${limits.maxCompressionRatio} to 1`);
    }
    total += entry.originalSize;
    if (total > limits.maxTotalBytes) throw tooLargeDocx(`it unpacks to more than ${limits.maxTotalBytes} bytes`);
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter });
  } catch (error) {
    if (error instanceof Error && 'status' in error) throw error;
    throw invalidDocx('the zip file is damaged');
  }
  if (files['word/document.xml'] === undefined) throw invalidDocx('it has no word/document.xml');
  return new Map(Object.entries(files));
}
