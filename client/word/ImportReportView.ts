/** What an import brings in and leaves out, as the server reports it. */
export interface ImportReportView {
  suggestions: number;
  threads: number;
  dropped: { what: string; count: number; where: string }[];
}
