package org.evidencegrading.report;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.evidencegrading.check.CheckListener;
import org.evidencegrading.check.GuidelineRef;
import org.evidencegrading.check.Summary;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.system.Table;
import org.evidencegrading.trace.TraceRenderer;

/** The readable text report: per recommendation its headlines, explanation and tables; then problems and counts. */
final class TextReport implements CheckListener {

  private static final int WIDTH = 100;

  private final Writer out;

  TextReport(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(GuidelineRef guideline) throws IOException {
    write("Guideline " + guideline.id() + " (" + guideline.system() + ")"
        + guideline.title().map(title -> ": " + title).orElse("") + "\n");
  }

  @Override
  public void recommendation(RecommendationResult result) throws IOException {
    StringBuilder block = new StringBuilder("\n");
    block.append(result.id()).append(" (question ").append(result.question()).append(")\n");
    for (String headline : result.assessment().headlines()) {
      wrap(block, headline, "  ", "    ");
    }
    block.append("  explanation:\n");
    for (String line : result.explanation()) {
      wrap(block, line, "    - ", "      ");
    }
    wrap(block, "sources: " + String.join("; ", TraceRenderer.sources(result.trace())), "  ", "    ");
    for (Table table : result.assessment().tables()) {
      block.append("  ").append(table.title().toLowerCase(Locale.ROOT)).append(":\n");
      block.append(Tables.text(table, "    "));
    }
    write(block.toString());
  }

  @Override
  public void end(ImmutableList<Problem> problems, Summary summary) throws IOException {
    StringBuilder block = new StringBuilder("\nproblems:\n");
    if (problems.isEmpty()) {
      block.append("  none\n");
    }
    for (Problem problem : problems) {
      wrap(block, problem.severity() + " " + problem.code() + " at " + problem.where() + ": " + problem.message(), "  ", "    ");
    }
    block.append("\nsummary: ").append(summary.recommendations()).append(" recommendations, ")
        .append(summary.agreeing()).append(" agree, ").append(summary.disagreeing()).append(" disagree, ")
        .append(summary.withWarnings()).append(" with warnings; ")
        .append(summary.errors()).append(" errors, ").append(summary.warnings()).append(" warnings, ")
        .append(summary.infos()).append(" infos\n");
    write(block.toString());
    out.flush();
  }

  /**
   * Writes lines of the report, with the control characters of the texts in them (an escape
   * sequence in a statement or a title) shown as escapes, never sent to the terminal.
   */
  private void write(String lines) throws IOException {
    int start = 0;
    for (int end = lines.indexOf('\n'); end >= 0; start = end + 1, end = lines.indexOf('\n', start)) {
      out.write(TraceRenderer.printable(lines.substring(start, end)));
      out.write('\n');
    }
    out.write(TraceRenderer.printable(lines.substring(start)));
  }

  /** Appends {@code text} wrapped at the report width, the first line after {@code first}, the rest after {@code rest}. */
  private static void wrap(StringBuilder out, String text, String first, String rest) {
    String prefix = first;
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
        out.append(prefix).append(line).append('\n');
        prefix = rest;
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    out.append(prefix).append(line).append('\n');
  }
}
