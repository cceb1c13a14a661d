package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.evidencegrading.trace.Step;

/**
 * The grade of recommendation a body of evidence deserves, by the NASS table "Linking Levels of
 * Evidence to Grades of Recommendation": first {@link Consistency} (inconclusive findings set
 * aside, the footnote's single outlier set aside, otherwise inconsistent findings give I), then the
 * first {@link LinkingRow row} that holds for the consistent studies. The derived grade has the
 * direction of the consistent studies: for the statement when they support it, against when they
 * oppose it.
 */
public final class GradeOfRecommendation implements Rule<ImmutableList<Evidence>, NassGrade> {

  /** The evaluator's id. */
  public static final String ID = "nass.grade";

  /** The source the rule implements. */
  public static final String SOURCE =
      "NASS 2024, p. 13, Linking Levels of Evidence to Grades of Recommendation";

  private static final GradeOfRecommendation INSTANCE = new GradeOfRecommendation();

  private GradeOfRecommendation() {}

  public static GradeOfRecommendation rule() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public Derivation<NassGrade> apply(ImmutableList<Evidence> evidence) {
    return Consistency.rule().apply(evidence).then(GradeOfRecommendation::grade);
  }

  private static Derivation<NassGrade> grade(Body body) {
    LinkingRow row = body.inconsistent() ? LinkingRow.I_INCONSISTENT_FINDINGS : LinkingRow.decide(body.consistent());
    NassGrade grade =
        NassGrade.builder()
            .grade(row.grade())
            .direction(row.grade() == Grade.I ? java.util.Optional.empty() : body.direction())
            .row(row)
            .addAllCounted(row.counted(body.consistent()).stream().map(Evidence::study).toList())
            .build();
    ImmutableList<Evidence> counted = row.counted(body.consistent());
    int others = body.consistent().size() - counted.size();
    String studies = body.inconsistent() ? "" : ": " + Consistency.names(counted)
        + (others == 0 ? "" : " (and " + others + " more consistent " + (others == 1 ? "study" : "studies") + ")");
    Step step =
        Step.builder()
            .rule(row.id())
            .source(LinkingRow.SOURCE)
            .putInputs("consistent", String.valueOf(body.consistent().size()))
            .putInputs("direction", body.direction().map(Enum::name).orElse(""))
            .outcome(grade.toString())
            .reason("Grade " + row.grade() + " row, " + row.words() + studies)
            .build();
    return Derivation.of(grade, step);
  }
}
