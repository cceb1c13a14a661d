package org.evidencegrading.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.evidencegrading.check.CheckListener;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.RecommendationResult;

/**
 * Renders check reports as text, JSON, Markdown or HTML: a whole {@link CheckReport}, or as a {@link
 * CheckListener} that writes each recommendation as the check derives it.
 */
public final class ReportWriter {

  private ReportWriter() {}

  /**
   * A listener that writes the report of a check to {@code out} as the check goes.
   *
   * @throws IllegalArgumentException for {@link ReportFormat#FHIR}, which needs the guideline too
   */
  public static CheckListener listener(ReportFormat format, Writer out) {
    return switch (format) {
      case TEXT -> new TextReport(out);
      case JSON -> new JsonReport(out);
      case MARKDOWN -> new MarkdownReport(out);
      case HTML -> new HtmlReport(out);
      case FHIR -> throw new IllegalArgumentException(
          "a FHIR Bundle is written from the guideline as well as its check: FhirBundles.listener(guideline, out), module evidence-grading-fhir");
    };
  }

  /** Writes a report to {@code out} in the format given. */
  public static void write(CheckReport report, ReportFormat format, Writer out) throws IOException {
    CheckListener listener = listener(format, out);
    listener.begin(report.guideline());
    for (RecommendationResult result : report.recommendations()) {
      listener.recommendation(result);
    }
    listener.end(report.problems(), report.summary());
  }

  /** The report rendered in the format given. */
  public static String render(CheckReport report, ReportFormat format) {
    StringWriter out = new StringWriter();
    try {
      write(report, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
