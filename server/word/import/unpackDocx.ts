import type { TFunction } from 'i18next';
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
export function unpackDocx(bytes: Uint8Array, limits: DocxLimits, t: TFunction): Map<string, Uint8Array> {
  if (bytes.length > limits.maxFileBytes) throw tooLargeDocx(t, t('word:refused.fileOver', { bytes: limits.maxFileBytes }));
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw invalidDocx(t, t('word:refused.notZip'));
  let entries = 0;
  let total = 0;
  const filter = (entry: UnzipFileInfo): boolean => {
    entries++;
    if (entries > limits.maxEntries) throw tooLargeDocx(t, t('word:refused.tooManyFiles', { n: limits.maxEntries }));
    if (!WANTED.test(entry.name)) return false;
    if (entry.originalSize > limits.maxEntryBytes) throw tooLargeDocx(t, t('word:refused.partOver', { part: entry.name, bytes: limits.maxEntryBytes }));
    if (entry.originalSize > Math.max(entry.size, 1) * limits.maxCompressionRatio) {
      throw tooLargeDocx(t, t('word:refused.compressed', { part: entry.name, ratio: limits.maxCompressionRatio }));
    }
    total += entry.originalSize;
    if (total > limits.maxTotalBytes) throw tooLargeDocx(t, t('word:refused.totalOver', { bytes: limits.maxTotalBytes }));
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter });
  } catch (error) {
    if (error instanceof Error && 'status' in error) throw error;
    throw invalidDocx(t, t('word:refused.damagedZip'));
  }
  if (files['word/document.xml'] === undefined) throw invalidDocx(t, t('word:refused.noDocument'));
  return new Map(Object.entries(files));
}
