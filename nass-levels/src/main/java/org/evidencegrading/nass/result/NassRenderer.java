package org.evidencegrading.nass.result;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
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
            .title("Appraisals")
            .addHeaders("study", "type", "design", "potential", "derived", "published", "levels agree", "finding");
    for (AppraisalResult appraisal : result.appraisals()) {
      table.addRows(ImmutableList.of(
          appraisal.study(),
          appraisal.studyType().name(),
          appraisal.design().name(),
          appraisal.potentialLevel().map(level -> level.name() + " (" + appraisal.potentialLevelSource().name().toLowerCase(java.util.Locale.ROOT) + ")").orElse("-"),
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

  private static String level(Optional<Level> level) {
    return level.map(Level::name).orElse("-");
  }
}
