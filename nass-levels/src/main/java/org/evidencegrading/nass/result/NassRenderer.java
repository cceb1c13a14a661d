package org.evidencegrading.nass.result;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.system.ResultRenderer;
import org.evidencegrading.system.Table;

/** Presents NASS results: the statement, derived and published grade, and a table of the appraisals. */
public final class NassRenderer implements ResultRenderer<NassResult> {

  @Override
  public ImmutableList<String> headlines(NassResult result) {
    String derived = result.derived().grade().map(grade -> grade.name()
            + result.derived().direction().map(d -> " (" + d.name().toLowerCase(java.util.Locale.ROOT) + ")").orElse(""))
        .orElse("none (no consensus)");
    String published = result.published().map(p -> p.grade().name()).orElse("not given");
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("statement: " + result.recommendation().statement());
    lines.add("grade: derived " + derived + ", published " + published + ": " + (result.agrees() ? "agrees" : "DISAGREES"));
    result.consensus().ifPresent(consensus -> lines.add("consensus: " + (consensus.reached()
        ? "reached in round " + consensus.round().orElseThrow() + " of " + consensus.rounds()
        : "not reached in " + consensus.rounds() + (consensus.rounds() == 1 ? " round" : " rounds"))));
    return lines.build();
  }

  @Override
  public ImmutableList<Table> tables(NassResult result) {
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

  private static String level(Optional<Level> level) {
    return level.map(Level::name).orElse("-");
  }
}
