package org.evidencegrading.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Summary;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.RecommendationResult;
import org.evidencegrading.system.Table;
import org.evidencegrading.trace.TraceRenderer;

/**
 * Renders a {@link CheckReport} as text, JSON or Markdown. Recommendations are written one at a
 * time, so the size of a report is not held twice in memory.
 */
public final class ReportWriter {

  /** The keys of a recommendation that come first in the JSON report, in this order. */
  private static final ImmutableSet<String> LEADING_KEYS =
      ImmutableSet.of("id", "question", "derived", "published", "agrees");

  private static final int WIDTH = 100;

  private ReportWriter() {}

  /** Writes the report to {@code out} in the format given. */
  public static void write(CheckReport report, ReportFormat format, Writer out) throws IOException {
    switch (format) {
      case TEXT -> text(report, out);
      case JSON -> json(report, out);
      case MARKDOWN -> markdown(report, out);
    }
    out.flush();
  }

  /** The report rendered in the format given. */
  public static String render(CheckReport report, ReportFormat format) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      write(report, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  // ---- JSON ---------------------------------------------------------------------------------

  private static void json(CheckReport report, Writer out) throws IOException {
    ObjectMapper mapper = Mappers.json();
    try (JsonGenerator json = mapper.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeFieldName("guideline");
      mapper.writeValue(json, report.guideline());
      json.writeArrayFieldStart("recommendations");
      for (RecommendationResult result : report.recommendations()) {
        json.writeTree(recommendationJson(mapper, result));
      }
      json.writeEndArray();
      json.writeFieldName("problems");
      mapper.writeValue(json, report.problems());
      json.writeFieldName("summary");
      mapper.writeValue(json, report.summary());
      json.writeEndObject();
    }
    out.write('\n');
  }

  /** The result's own fields, with its explanation (one line per step) and trace after the leading keys. */
  private static ObjectNode recommendationJson(ObjectMapper mapper, RecommendationResult result) {
    ObjectNode own = mapper.valueToTree(result);
    ObjectNode node = mapper.createObjectNode();
    for (String key : LEADING_KEYS) {
      if (own.has(key)) {
        node.set(key, own.get(key));
      }
    }
    node.set("explanation", mapper.valueToTree(TraceRenderer.lines(result.explanation())));
    node.set("trace", mapper.valueToTree(result.explanation()));
    for (Iterator<Map.Entry<String, JsonNode>> fields = own.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!LEADING_KEYS.contains(field.getKey())) {
        node.set(field.getKey(), field.getValue());
      }
    }
    return node;
  }

  // ---- text ---------------------------------------------------------------------------------

  private static void text(CheckReport report, Writer out) throws IOException {
    out.write("Guideline " + report.guideline().id() + " (" + report.guideline().system() + ")"
        + report.guideline().title().map(title -> ": " + title).orElse("") + "\n");
    for (RecommendationResult result : report.recommendations()) {
      StringBuilder block = new StringBuilder("\n");
      block.append(result.id()).append(" (question ").append(result.question()).append(")\n");
      for (String headline : headlines(report.system(), result)) {
        wrap(block, headline, "  ", "    ");
      }
      block.append("  explanation:\n");
      for (String line : TraceRenderer.lines(result.explanation())) {
        wrap(block, line, "    - ", "      ");
      }
      for (Table table : tables(report.system(), result)) {
        block.append("  ").append(table.title().toLowerCase(java.util.Locale.ROOT)).append(":\n");
        block.append(Tables.text(table, "    "));
      }
      out.write(block.toString());
    }
    out.write("\nproblems:\n");
    if (report.problems().isEmpty()) {
      out.write("  none\n");
    }
    for (Problem problem : report.problems()) {
      StringBuilder line = new StringBuilder();
      wrap(line, problem.severity() + " " + problem.code() + " at " + problem.at()
          + problem.item().map(item -> " (" + item + ")").orElse("") + ": " + problem.message(), "  ", "    ");
      out.write(line.toString());
    }
    Summary summary = report.summary();
    out.write("\nsummary: " + summary.recommendations() + " recommendations, " + summary.agreeing() + " agree, "
        + summary.disagreeing() + " disagree; " + summary.errors() + " errors, " + summary.warnings() + " warnings\n");
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

  // ---- Markdown -----------------------------------------------------------------------------

  private static void markdown(CheckReport report, Writer out) throws IOException {
    Summary summary = report.summary();
    out.write("# Check of " + report.guideline().id() + " (" + report.guideline().system() + ")\n\n");
    if (report.guideline().title().isPresent()) {
      out.write("*" + TraceRenderer.escapeMarkdown(report.guideline().title().get()) + "*\n\n");
    }
    out.write(Tables.markdown(Table.builder()
        .title("Summary")
        .addHeaders("Recommendations", "Agree", "Disagree", "Errors", "Warnings")
        .addRows(ImmutableList.of(
            String.valueOf(summary.recommendations()), String.valueOf(summary.agreeing()),
            String.valueOf(summary.disagreeing()), String.valueOf(summary.errors()), String.valueOf(summary.warnings())))
        .build()));
    for (RecommendationResult result : report.recommendations()) {
      StringBuilder block = new StringBuilder("\n## ").append(result.id()).append("\n\n");
      block.append("Question `").append(result.question()).append("`\n\n");
      for (String headline : headlines(report.system(), result)) {
        block.append("- ").append(TraceRenderer.escapeMarkdown(headline)).append('\n');
      }
      block.append("\n**Explanation**\n\n").append(TraceRenderer.markdown(result.explanation()));
      for (Table table : tables(report.system(), result)) {
        block.append("\n**").append(TraceRenderer.escapeMarkdown(table.title())).append("**\n\n").append(Tables.markdown(table));
      }
      out.write(block.toString());
    }
    out.write("\n## Problems\n\n");
    if (report.problems().isEmpty()) {
      out.write("None.\n");
    } else {
      Table.Builder problems = Table.builder().title("Problems").addHeaders("Severity", "Code", "At", "Message");
      for (Problem problem : report.problems()) {
        problems.addRows(ImmutableList.of(problem.severity().name(), problem.code(),
            problem.at() + problem.item().map(item -> " (" + item + ")").orElse(""), problem.message()));
      }
      out.write(Tables.markdown(problems.build()));
    }
  }

  // ---- the system's view of a result --------------------------------------------------------

  private static <S extends org.evidencegrading.system.RecommendationResult> ImmutableList<String> headlines(
      GradingSystem<?, S> system, RecommendationResult result) {
    return system.renderer().headlines(system.resultType().cast(result));
  }

  private static <S extends RecommendationResult> ImmutableList<Table> tables(
      GradingSystem<?, S> system, RecommendationResult result) {
    return system.renderer().tables(system.resultType().cast(result));
  }
}
