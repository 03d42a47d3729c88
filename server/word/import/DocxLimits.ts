import type { Environment } from '../../env.ts';

/** How much of a .docx the importer will unpack: every cap is checked before anything is inflated. */
export interface DocxLimits {
  /** The uploaded file itself. */
  maxFileBytes: number;
  /** Entries in the zip (a zip of a million empty files is a bomb too). */
  maxEntries: number;
  /** One entry, uncompressed. */
  maxEntryBytes: number;
  /** Every entry read, uncompressed, together. */
  maxTotalBytes: number;
  /** Uncompressed size over compressed size, per entry: ordinary XML stays well under 100. */
  maxCompressionRatio: number;
}

/** The import limits as the environment sets them (README "Limits"; defaults in server/env.ts). */
export function docxLimitsOf(
  env: Pick<
    Environment,
    'ACCORD_MAX_DOCX_BYTES' | 'ACCORD_MAX_DOCX_ENTRIES' | 'ACCORD_MAX_DOCX_ENTRY_BYTES' | 'ACCORD_MAX_DOCX_UNPACKED_BYTES' | 'ACCORD_MAX_DOCX_COMPRESSION_RATIO'
  >,
): DocxLimits {
  return {
    maxFileBytes: env.ACCORD_MAX_DOCX_BYTES,
    maxEntries: env.ACCORD_MAX_DOCX_ENTRIES,
    maxEntryBytes: env.ACCORD_MAX_DOCX_ENTRY_BYTES,
    maxTotalBytes: env.ACCORD_MAX_DOCX_UNPACKED_BYTES,
    maxCompressionRatio: env.ACCORD_MAX_DOCX_COMPRESSION_RATIO,
  };
}
