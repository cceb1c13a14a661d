package org.evidencegrading.rulesets.result;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.evidencegrading.system.Footnotes;
import org.evidencegrading.system.Table;

/** The table of a recommendation's appraisals, the source's reasons as lettered notes. */
final class AppraisalTable {

  private AppraisalTable() {}

  static ImmutableList<Table> of(ImmutableList<AppraisalResult> appraisals) {
    if (appraisals.isEmpty()) {
      return ImmutableList.of();
    }
    Footnotes notes = new Footnotes();
    Table.Builder table = Table.builder()
        .title("Appraisals")
        .addHeaders("study", "type", "design", "potential", "derived", "published", "levels agree", "finding");
    for (AppraisalResult appraisal : appraisals) {
      table.addRows(ImmutableList.of(
          appraisal.study(),
          appraisal.studyType(),
          appraisal.design(),
          notes.mark(appraisal.potentialLevel()
              .map(level -> level + " (" + appraisal.potentialLevelSource().name().toLowerCase(Locale.ROOT) + ")").orElse("-"),
              reason(appraisal, "potentialLevel")),
          appraisal.level().orElse("-"),
          notes.mark(appraisal.publishedLevel().orElse("-"), reason(appraisal, "publishedLevel")),
          appraisal.agrees().map(agrees -> agrees ? "yes" : "NO").orElse("-"),
          notes.mark(appraisal.finding().name() + (appraisal.indirect() ? ", indirect" : ""), reason(appraisal, "finding"))));
    }
    return ImmutableList.of(table.addAllNotes(notes.notes()).build());
  }

  /** The source's reason for a field, marked "(inferred)" where the encoder inferred the value. */
  private static Optional<String> reason(AppraisalResult appraisal, String field) {
    Optional<String> reason = Optional.ofNullable(appraisal.reasons().get(field));
    return appraisal.inferred().contains(field) ? Optional.of(reason.map(r -> r + " (inferred)").orElse(field + " inferred")) : reason;
  }
}
