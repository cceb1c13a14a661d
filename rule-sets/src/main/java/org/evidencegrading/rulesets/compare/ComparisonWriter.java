package org.evidencegrading.rulesets.compare;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.report.Tables;
import org.evidencegrading.system.Table;
import org.evidencegrading.trace.TraceRenderer;

/**
 * Writes a {@link Comparison} for people: a table of each recommendation's grade under every rule
 * set (with its rank in brackets), then where and why they differ, then the counts. Text for a
 * terminal, Markdown for review documents; the JSON form is the comparison itself.
 */
public final class ComparisonWriter {

  private ComparisonWriter() {}

  /** The comparison as text. */
  public static String text(Comparison comparison) {
    StringBuilder out = new StringBuilder(heading(comparison)).append("\n\n");
    out.append(Tables.text(table(comparison), "  "));
    if (comparison.different() > 0) {
      out.append("\nwhere they differ:\n");
      for (ComparedRecommendation recommendation : comparison.recommendations()) {
        if (recommendation.differ()) {
          out.append("  ").append(recommendation.id()).append('\n');
          recommendation.differences().forEach(line -> out.append("    ").append(line).append('\n'));
        }
      }
    }
    return out.append('\n').append(summary(comparison)).append('\n').toString();
  }

  /** The comparison as Markdown. */
  public static String markdown(Comparison comparison) {
    StringBuilder out = new StringBuilder("## ").append(TraceRenderer.escapeMarkdown(heading(comparison))).append("\n\n");
    out.append(Tables.markdown(table(comparison)));
    if (comparison.different() > 0) {
      out.append("\n### Where they differ\n");
      for (ComparedRecommendation recommendation : comparison.recommendations()) {
        if (recommendation.differ()) {
          out.append("\n**").append(TraceRenderer.escapeMarkdown(recommendation.id())).append("**\n\n");
          recommendation.differences().forEach(line -> out.append("- ").append(TraceRenderer.escapeMarkdown(line)).append('\n'));
        }
      }
    }
    return out.append('\n').append(TraceRenderer.escapeMarkdown(summary(comparison))).append('\n').toString();
  }

  private static String heading(Comparison comparison) {
    return "Comparing " + String.join(" and ", comparison.systems()) + " on guideline " + comparison.guideline()
        + " (system " + comparison.guidelineSystem() + ")";
  }

  private static Table table(Comparison comparison) {
    Table.Builder table = Table.builder()
        .title("Grades")
        .addHeaders("recommendation", "published")
        .addAllHeaders(comparison.systems())
        .addHeaders("");
    for (ComparedRecommendation recommendation : comparison.recommendations()) {
      ImmutableList.Builder<String> row = ImmutableList.<String>builder()
          .add(recommendation.id(), recommendation.published().orElse("-"));
      if (recommendation.skipped().isPresent()) {
        comparison.systems().forEach(system -> row.add("-"));
        row.add("not compared: " + recommendation.skipped().get());
      } else {
        recommendation.grades().forEach(grade -> row.add(grade.shown()));
        row.add(recommendation.differ() ? "DIFFER" : "same");
      }
      table.addRows(row.build());
    }
    return table.build();
  }

  private static String summary(Comparison comparison) {
    return comparison.recommendations().size() + " recommendations: " + comparison.compared() + " compared, " + comparison.same()
        + " the same, " + comparison.different() + " differ, " + comparison.skipped() + " not compared"
        + " (the same: grades of the same rank [n] and direction, or neither for nor against;"
        + " rank: a grade's position among its system's grades with a direction, 1 the strongest)";
  }
}
