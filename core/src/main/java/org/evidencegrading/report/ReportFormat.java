package org.evidencegrading.report;

/** The formats a check report can be rendered in. */
public enum ReportFormat {
  /** Readable text, for a terminal. */
  TEXT,
  /** The JSON report of the file format, for machines. */
  JSON,
  /** Markdown, e.g. for a pull request comment or a review document. */
  MARKDOWN,
  /**
   * A FHIR R5 document Bundle (HL7's Evidence-Based Medicine on FHIR shapes). It is written from the
   * guideline as well as from its check, by the module evidence-grading-fhir ({@code
   * FhirBundles.listener(guideline, out)}), not by {@link ReportWriter}.
   */
  FHIR,

  /** One self-contained HTML page, for reading and printing: summary-of-findings and evidence tables. */
  HTML
}
