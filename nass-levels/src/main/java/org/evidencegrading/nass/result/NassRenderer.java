package org.evidencegrading.nass.result;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.system.Table;

/** Presents NASS assessments: the statement, derived and published grade, and a table of the appraisals. */
final class NassRenderer {

  private NassRenderer() {}

  static ImmutableList<String> headlines(AbstractNassAssessment result) {
    String derived = result.derived().grade().map(grade -> grade.name()
            + result.derived().direction().map(d -> " (" + d.name().toLowerCase(java.util.Locale.ROOT) + ")").orElse(""))
        .orElse("none (no consensus)");
    String published = result.published().map(p -> p.grade().name()).orElse("not given");
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("statement: " + result.recommendation().statement());
    lines.add("grade: derived " + derived + ", published " + published + ": " + (agrees(result) ? "agrees" : "DISAGREES"));
    result.consensus().ifPresent(consensus -> lines.add("consensus: " + (consensus.reached()
        ? "reached in round " + consensus.round().orElseThrow() + " of " + consensus.rounds()
        : "not reached in " + consensus.rounds() + (consensus.rounds() == 1 ? " round" : " rounds"))));
    return lines.build();
  }

  static ImmutableList<Table> tables(AbstractNassAssessment result) {
    if (result.appraisals().isEmpty()) {
      return ImmutableList.of();
    }
    Table.Builder table =
        Table.builder()
            .title("Evidence table")
            .addHeaders("study", "type", "design", "potential", "downgrades", "derived", "published", "levels agree", "finding");
    for (int i = 0; i < result.appraisals().size(); i++) {
      AppraisalResult appraisal = result.appraisals().get(i);
      Appraisal given = result.recommendation().appraisals().get(i);
      table.addRows(ImmutableList.of(
          appraisal.study(),
          appraisal.studyType().name(),
          appraisal.design().name(),
          appraisal.potentialLevel().map(level -> level.name() + " (" + appraisal.potentialLevelSource().name().toLowerCase(java.util.Locale.ROOT) + ")").orElse("-"),
          downgrades(given),
          level(appraisal.level()),
          level(appraisal.publishedLevel()),
          appraisal.agrees().map(agrees -> agrees ? "yes" : "NO").orElse("-"),
          appraisal.finding().name()));
    }
    return ImmutableList.of(table.build());
  }

  /** Whether the derived grade is the published one (true when nothing was published). */
  private static boolean agrees(AbstractNassAssessment result) {
    return result.published().map(published -> result.derived().grade().equals(Optional.of(published.grade()))).orElse(true);
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
