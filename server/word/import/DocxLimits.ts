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

export const DOCX_LIMITS: DocxLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxEntries: 2_000,
  maxEntryBytes: 20 * 1024 * 1024,
  maxTotalBytes: 60 * 1024 * 1024,
  maxCompressionRatio: 200,
};
