import type { ImportedThreadRecords } from './importedThreadRecords.ts';
import type { ImportReport } from './importReport.ts';

/** What an import brought in and left out, as numbers: the details of its audit entry. */
export interface ImportCounts {
  suggestions: number;
  threads: number;
  replies: number;
  /** Items left out (images, tables, …), each counted. */
  dropped: number;
}

export function importCounts(report: ImportReport, records: ImportedThreadRecords): ImportCounts {
  return {
    suggestions: report.suggestions,
    threads: report.threads,
    replies: records.replies.length,
    dropped: report.dropped.reduce((total, item) => total + item.count, 0),
  };
}
