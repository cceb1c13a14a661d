package org.evidencegrading.cli.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencegrading.check.CheckListener;
import org.evidencegrading.check.GuidelineRef;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.check.Summary;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.Table;

/**
 * A check's derived evidence table, as a spreadsheet: one row per row of each recommendation's
 * evidence table (its system's first table: the NASS evidence table of appraisals, the GRADE
 * evidence profile), after the question and the recommendation and, for each judgment of the
 * recommendation (grade; certainty, strength, direction), its derived and published value, whether
 * they agree and the reason (the problems that say why not); then the table's own columns (their
 * derived, published and agreeing values per item) and the reasons of the item's problems. A
 * recommendation without a table has one row. A workbook adds the sheets {@code Problems} and
 * {@code Summary}.
 */
public final class EvidenceTableReport implements CheckListener {

  private final List<Map<String, String>> rows = new ArrayList<>();
  private final List<List<String>> problems = new ArrayList<>();
  private Summary summary;

  @Override
  public void begin(GuidelineRef guideline) {
    // the guideline is named by the file the table is written to
  }

  @Override
  public void recommendation(RecommendationResult result) {
    Map<String, String> shared = new LinkedHashMap<>();
    shared.put("question", result.question());
    shared.put("recommendation", result.id());
    shared.put("agrees", yesNo(result.agrees()));
    JsonNode derived = Mappers.json().valueToTree(result.derived());
    JsonNode published = result.published().<JsonNode>map(p -> Mappers.json().valueToTree(p)).orElse(Mappers.json().createObjectNode());
    Set<String> judgments = new LinkedHashSet<>();
    derived.fieldNames().forEachRemaining(judgments::add);
    published.fieldNames().forEachRemaining(judgments::add);
    List<Problem> atRecommendation = result.problems().stream().filter(problem -> problem.item().isEmpty()).toList();
    for (String judgment : judgments) {
      Optional<String> d = text(derived.get(judgment));
      Optional<String> p = text(published.get(judgment));
      shared.put(judgment + " derived", d.orElse(""));
      shared.put(judgment + " published", p.orElse(""));
      shared.put(judgment + " agrees", d.isPresent() && p.isPresent() ? yesNo(d.equals(p)) : "");
      shared.put(judgment + " reason", atRecommendation.stream()
          .filter(problem -> mentions(problem, judgment))
          .map(problem -> problem.code() + ": " + problem.message())
          .collect(Collectors.joining(" | ")));
    }
    shared.put("explanation", String.join(" / ", result.explanation()));
    ImmutableList<Table> tables = result.assessment().tables();
    if (tables.isEmpty() || tables.get(0).rows().isEmpty()) {
      rows.add(shared);
    } else {
      Table table = tables.get(0);
      for (ImmutableList<String> cells : table.rows()) {
        Map<String, String> row = new LinkedHashMap<>(shared);
        for (int c = 0; c < cells.size(); c++) {
          row.put(table.headers().get(c), cells.get(c));
        }
        row.put("notes", String.join(" ", table.notes()));
        row.put("item problems", result.problems().stream()
            .filter(problem -> problem.item().map(item -> cells.get(0).equals(item) || cells.get(0).endsWith("(" + item + ")")).orElse(false))
            .map(problem -> problem.severity() + " " + problem.code() + ": " + problem.message())
            .collect(Collectors.joining(" | ")));
        rows.add(row);
      }
    }
    for (Problem problem : result.problems()) {
      problems.add(List.of(problem.severity().name(), problem.code(), problem.at(), problem.item().orElse(""), problem.message()));
    }
  }

  @Override
  public void end(ImmutableList<Problem> all, Summary summary) {
    this.summary = summary;
  }

  /** Writes the evidence table as CSV text. */
  public void writeCsv(Writer out) throws IOException {
    SheetFormat.csv(evidence(), out);
    out.flush();
  }

  /** Writes the report: the evidence table alone as CSV; as a workbook with its problems and summary. */
  public void write(SheetFormat format, OutputStream out) throws IOException {
    format.write(format == SheetFormat.CSV ? List.of(evidence()) : List.of(evidence(),
        new SheetFormat.Sheet("Problems", List.of("severity", "code", "at", "item", "message"), problems),
        new SheetFormat.Sheet("Summary", List.of("recommendations", "agreeing", "disagreeing", "withWarnings", "errors", "warnings", "infos"),
            List.of(List.of(summary.recommendations(), summary.agreeing(), summary.disagreeing(), summary.withWarnings(),
                summary.errors(), summary.warnings(), summary.infos()).stream().map(String::valueOf).toList()))), out);
  }

  /** The counts of the check, once it is over. */
  public Summary summary() {
    return summary;
  }

  private SheetFormat.Sheet evidence() {
    List<String> headers = rows.stream().flatMap(row -> row.keySet().stream()).distinct().toList();
    return new SheetFormat.Sheet("Evidence", headers,
        rows.stream().map(row -> headers.stream().map(header -> row.getOrDefault(header, "")).toList()).toList());
  }

  /** Whether a problem is about a judgment: its code or message names it ("CERTAINTY_MISMATCH", "grade"). */
  private static boolean mentions(Problem problem, String judgment) {
    String lower = judgment.toLowerCase(java.util.Locale.ROOT);
    return problem.code().toLowerCase(java.util.Locale.ROOT).contains(lower) || problem.message().toLowerCase(java.util.Locale.ROOT).contains(lower);
  }

  private static Optional<String> text(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return Optional.empty();
    }
    if (value.isContainerNode()) {
      List<String> parts = new ArrayList<>();
      for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
        parts.add(it.next().asText());
      }
      return Optional.of(String.join("; ", parts));
    }
    return Optional.of(value.asText());
  }

  private static String yesNo(boolean yes) {
    return yes ? "yes" : "NO";
  }
}
