/** A stored report: its text, and the URL and language its file's header gives, when it has one. */
export interface ReportFile {
  url: string | null;
  language: string | null;
  text: string;
}

const HEADER = /^(https?:\/\/\S+)\r?\n([a-z]{2,3}(?:-[A-Za-z]{2,4})?)\r?\n\r?\n/;

/**
 * The development set's file format: line 1 the URL, line 2 the language code, a blank line,
 * then the report. The header is not report text (a URL's slug can name countries), so it is
 * cut off; a file without such a header (the seeds) is all report.
 */
export function readReportFile(content: string): ReportFile {
  const header = HEADER.exec(content);
  if (!header) return { url: null, language: null, text: content };
  return { url: header[1], language: header[2], text: content.slice(header[0].length) };
}
