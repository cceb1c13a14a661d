package org.evidencegrading.report;

/** The formats a check report can be rendered in. */
public enum ReportFormat {
  /** Readable text, for a terminal. */
  TEXT,
  /** The JSON report of the file format, for machines. */
  JSON,
  /** Markdown, e.g. for a pull request comment or a review document. */
  MARKDOWN,
  /** One self-contained HTML page, for reading and printing: summary-of-findings and evidence tables. */
  HTML
}
