package org.evidencegrading.report;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import org.evidencegrading.check.CheckListener;
import org.evidencegrading.check.GuidelineRef;
import org.evidencegrading.check.Summary;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.system.Table;
import org.evidencegrading.trace.TraceRenderer;

/**
 * The Markdown report: a section per recommendation (headlines, explanation, tables), then the
 * problems and the counts. The counts come last because the report is written as the check goes.
 */
final class MarkdownReport implements CheckListener {

  private final Writer out;

  MarkdownReport(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(GuidelineRef guideline) throws IOException {
    out.write("# Check of " + TraceRenderer.escapeMarkdown(guideline.id()) + " (" + TraceRenderer.escapeMarkdown(guideline.system()) + ")\n");
    if (guideline.title().isPresent()) {
      out.write("\n*" + TraceRenderer.escapeMarkdown(guideline.title().get()) + "*\n");
    }
  }

  @Override
  public void recommendation(RecommendationResult result) throws IOException {
    StringBuilder block = new StringBuilder("\n## ").append(TraceRenderer.escapeMarkdown(result.id())).append("\n\n");
    block.append("Question ").append(codeSpan(result.question())).append("\n\n");
    for (String headline : result.assessment().headlines()) {
      block.append("- ").append(TraceRenderer.escapeMarkdown(headline)).append('\n');
    }
    block.append("\n**Explanation**\n\n").append(TraceRenderer.markdown(result.trace()));
    for (Table table : result.assessment().tables()) {
      block.append("\n**").append(TraceRenderer.escapeMarkdown(table.title())).append("**\n\n").append(Tables.markdown(table));
    }
    out.write(block.toString());
  }

  /** Text as a Markdown code span, whatever backticks and control characters it holds. */
  private static String codeSpan(String text) {
    String printable = TraceRenderer.printable(text);
    return printable.contains("`") ? "`` " + printable + " ``" : "`" + printable + "`";
  }

  @Override
  public void end(ImmutableList<Problem> problems, Summary summary) throws IOException {
    StringBuilder block = new StringBuilder("\n## Problems\n\n");
    if (problems.isEmpty()) {
      block.append("None.\n");
    } else {
      Table.Builder table = Table.builder().title("Problems").addHeaders("Severity", "Code", "At", "Message");
      for (Problem problem : problems) {
        table.addRows(ImmutableList.of(problem.severity().name(), problem.code(),
            problem.where(), problem.message()));
      }
      block.append(Tables.markdown(table.build()));
    }
    block.append("\n## Summary\n\n").append(Tables.markdown(Table.builder()
        .title("Summary")
        .addHeaders("Recommendations", "Agree", "Disagree", "With warnings", "Errors", "Warnings", "Infos")
        .addRows(ImmutableList.of(
            String.valueOf(summary.recommendations()), String.valueOf(summary.agreeing()),
            String.valueOf(summary.disagreeing()), String.valueOf(summary.withWarnings()),
            String.valueOf(summary.errors()), String.valueOf(summary.warnings()), String.valueOf(summary.infos())))
        .build()));
    out.write(block.toString());
    out.flush();
  }
}
