package org.evidencegrading.nass.result;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.nass.model.Appraisal;
import java.util.stream.Collectors;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.evidencegrading.nass.NassProblems;
import org.evidencegrading.nass.levels.PotentialLevelSource;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.Footnotes;
import org.evidencegrading.system.Table;

/**
 * Presents NASS assessments: the statement, derived and published grade, each component's grade,
 * and a table of the appraisals (one per component of a compound statement), the source's reasons
 * and the encoder's inferences as lettered footnotes.
 */
final class NassRenderer {

  private static final ImmutableList<String> HEADERS =
      ImmutableList.of("study", "type", "design", "potential", "downgrades", "derived", "published", "levels agree", "graded", "finding");

  /** The column a field's reason or inference is marked in. */
  private static final ImmutableMap<String, Integer> COLUMNS = ImmutableMap.<String, Integer>builder()
      .put("study", 0).put("studies", 0).put("note", 0)
      .put("studyType", 1)
      .put("design", 2)
      .put("potentialLevel", 3)
      .put("downgrades", 4).put("downgradeSteps", 4)
      .put("publishedLevel", 6)
      .put("finding", 9).put("indirect", 9)
      .build();

  private static final String INFERRED = "inferred by the encoder, not read in the source";

  private NassRenderer() {}

  static ImmutableList<String> headlines(AbstractNassAssessment result) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("statement: " + result.recommendation().statement());
    String published = result.published().map(p -> p.grade().name()).orElse("not given");
    String derived = result.consensus().map(consensus -> consensus.votesPublished()
            ? result.derived().grade().map(grade -> grade.name()).orElse("none (no consensus)")
            : "none (votes not published)")
        .orElse(result.derived().words());
    lines.add("grade: derived " + derived + ", published " + published + ": " + verdict(result));
    for (ComponentResult component : result.components()) {
      lines.add("component " + component.id() + " (" + component.about() + "): derived " + component.derived().words());
    }
    result.derived().evidence().ifPresent(evidence ->
        lines.add("evidence cited by the consensus statement: derived " + evidence.words()));
    result.consensus().ifPresent(consensus -> lines.add("consensus: " + (!consensus.votesPublished()
        ? "votes not published, so the 80% rule cannot be checked"
        : consensus.reached().orElse(false)
            ? "reached in round " + consensus.round().orElseThrow() + " of " + consensus.rounds()
            : "not reached in " + consensus.rounds() + (consensus.rounds() == 1 ? " round" : " rounds"))));
    return lines.build();
  }

  /** "agrees", "DISAGREES", or "agrees, with discretion used" as the recommendation's own problems say. */
  private static String verdict(AbstractNassAssessment result) {
    Set<String> disagreeing = Set.of(NassProblems.GRADE_MISMATCH.name(), NassProblems.DIRECTION_MISMATCH.name(), NassProblems.CONSENSUS_NOT_REACHED.name());
    List<Problem> own = result.problems().stream().filter(problem -> problem.item().isEmpty()).toList();
    if (own.stream().anyMatch(problem -> disagreeing.contains(problem.code()))) {
      return "DISAGREES";
    }
    if (result.published().isPresent() && result.consensus().map(consensus -> !consensus.votesPublished()).orElse(false)) {
      return "cannot be checked";
    }
    return own.stream().anyMatch(problem -> problem.code().equals(NassProblems.DISCRETION_USED.name()))
        ? "agrees (a permitted grade below the derived one)"
        : "agrees";
  }

  static ImmutableList<Table> tables(AbstractNassAssessment result) {
    List<Table> tables = new ArrayList<>();
    if (!result.appraisals().isEmpty()) {
      tables.add(table("Evidence table", result.appraisals(), result.recommendation().appraisals()));
    }
    for (int c = 0; c < result.components().size(); c++) {
      ComponentResult component = result.components().get(c);
      if (!component.appraisals().isEmpty()) {
        tables.add(table("Evidence table, component " + component.id() + ": " + component.about(), component.appraisals(),
            result.recommendation().components().get(c).appraisals()));
      }
    }
    return ImmutableList.copyOf(tables);
  }

  /** The evidence table of appraisals, each beside the appraisal as given (for its downgrades). */
  private static Table table(String title, List<AppraisalResult> appraisals, List<Appraisal> given) {
    Footnotes notes = new Footnotes();
    Table.Builder table = Table.builder().title(title).addAllHeaders(HEADERS);
    for (int i = 0; i < appraisals.size(); i++) {
      AppraisalResult appraisal = appraisals.get(i);
      List<String> cells = new ArrayList<>(List.of(
          appraisal.name(),
          appraisal.studyType().name(),
          appraisal.design().name(),
          potential(appraisal),
          downgrades(given.get(i)),
          level(appraisal.level()),
          level(appraisal.publishedLevel()),
          appraisal.agrees().map(agrees -> agrees ? "yes" : "NO").orElse("-"),
          appraisal.gradingLevel().map(Level::name).orElse("not counted"),
          appraisal.finding().name() + (appraisal.indirect() ? ", indirect" : "")));
      appraisal.reasons().forEach((field, reason) -> mark(cells, notes, field, field + ": " + reason));
      appraisal.inferred().forEach(field -> mark(cells, notes, field, INFERRED));
      table.addRows(ImmutableList.copyOf(cells));
    }
    return table.addAllNotes(notes.notes()).build();
  }

  private static void mark(List<String> cells, Footnotes notes, String field, String note) {
    int column = COLUMNS.getOrDefault(field, 0);
    cells.set(column, notes.mark(cells.get(column), Optional.of(note)));
  }

  /** "III (stated)", "IV (table)", "III (stated; table II)", "-". */
  private static String potential(AppraisalResult appraisal) {
    if (appraisal.potentialLevel().isEmpty()) {
      return "-";
    }
    String source = appraisal.potentialLevelSource().name().toLowerCase(Locale.ROOT);
    String table = appraisal.potentialLevelSource() == PotentialLevelSource.STATED
        ? appraisal.tableLevel().filter(level -> !appraisal.potentialLevel().equals(Optional.of(level)))
            .map(level -> "; table " + level.name()).orElse("")
        : "";
    return appraisal.potentialLevel().get().name() + " (" + source + table + ")";
  }

  /** "-1 (SMALL_SAMPLE, NONRANDOMIZED)": the levels down and the reasons given; "-" for none. */
  private static String downgrades(Appraisal appraisal) {
    if (appraisal.effectiveDowngradeSteps() == 0 && appraisal.downgrades().isEmpty()) {
      return "-";
    }
    return "-" + appraisal.effectiveDowngradeSteps() + (appraisal.downgrades().isEmpty() ? ""
        : " (" + appraisal.downgrades().stream().map(Enum::name).collect(Collectors.joining(", ")) + ")");
  }

  private static String level(Optional<Level> level) {
    return level.map(Level::name).orElse("-");
  }
}
