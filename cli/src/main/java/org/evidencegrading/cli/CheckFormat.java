package org.evidencegrading.cli;

import java.util.Optional;
import org.evidencegrading.cli.tables.SheetFormat;
import org.evidencegrading.report.ReportFormat;

/** The formats of {@code check}: the core's reports, and the derived evidence table as a spreadsheet. */
enum CheckFormat {
  TEXT(ReportFormat.TEXT, null),
  JSON(ReportFormat.JSON, null),
  MARKDOWN(ReportFormat.MARKDOWN, null),
  HTML(ReportFormat.HTML, null),
  /** A FHIR R5 document Bundle, written by the fhir module from the guideline and its check. */
  FHIR(ReportFormat.FHIR, null),
  CSV(null, SheetFormat.CSV),
  XLSX(null, SheetFormat.XLSX);

  private final ReportFormat report;
  private final SheetFormat sheet;

  CheckFormat(ReportFormat report, SheetFormat sheet) {
    this.report = report;
    this.sheet = sheet;
  }

  /** The report format, unless the format is a spreadsheet. */
  Optional<ReportFormat> report() {
    return Optional.ofNullable(report);
  }

  /** The spreadsheet format of the evidence table, if the format is one. */
  Optional<SheetFormat> sheet() {
    return Optional.ofNullable(sheet);
  }
}
