package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.NassRuleSet;
import org.evidencegrading.rulesets.grading.EvidenceGrade;
import org.evidencegrading.rulesets.grading.GradeOfEvidence;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;

/**
 * The grade of recommendation a body of evidence deserves, by the NASS table "Linking Levels of
 * Evidence to Grades of Recommendation": first {@link Consistency} (inconclusive findings set
 * aside, the footnote's single outlier set aside, otherwise inconsistent findings give I), then the
 * first {@link LinkingRow row} that holds for the consistent studies. The derived grade has the
 * direction of the consistent studies: for the statement when they support it, against when they
 * oppose it.
 *
 * <p>The table is the NASS 2024 rule set ({@link NassRuleSet}), and the rule-sets engine's {@link
 * GradeOfEvidence} decides the grade, its direction, the row and the studies counted; this rule
 * explains it in the NASS table's words, citing the row.
 */
public final class GradeOfRecommendation extends NamedRule<ImmutableList<Evidence>, NassGrade> {

  /** The evaluator's id. */
  public static final String ID = "nass.grade";

  /** The source the rule implements. */
  public static final String SOURCE =
      "NASS 2024, p. 13, Linking Levels of Evidence to Grades of Recommendation";

  private static final GradeOfRecommendation INSTANCE = new GradeOfRecommendation();

  private static final GradeOfEvidence LINKING = new GradeOfEvidence(NassRuleSet.rules());

  private GradeOfRecommendation() {
    super(ID, SOURCE);
  }

  public static GradeOfRecommendation rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<NassGrade> apply(ImmutableList<Evidence> evidence) {
    RuleSetBody studies = new RuleSetBody(evidence);
    return Consistency.rule().apply(evidence, studies).then(body -> grade(evidence, studies, body));
  }

  private static Derivation<NassGrade> grade(ImmutableList<Evidence> evidence, RuleSetBody data, Body body) {
    EvidenceGrade linked = LINKING.decide(data.studies());
    LinkingRow row = LinkingRow.of(linked.row()
        .orElseThrow(() -> new IllegalStateException("no row of the NASS 2024 rule set grades " + evidence)));
    NassGrade grade =
        NassGrade.builder()
            .grade(Grade.valueOf(linked.grade().orElseThrow()))
            .direction(linked.direction())
            .row(row)
            .addAllCounted(linked.counted())
            .build();
    ImmutableList<Evidence> counted = row.counted(body.consistent());
    int others = body.consistent().size() - counted.size();
    String studies = body.inconsistent() ? "" : ": " + Consistency.names(counted)
        + (others == 0 ? "" : " (and " + others + " more consistent " + (others == 1 ? "study" : "studies") + ")");
    Step step =
        Step.builder()
            .rule(row.id())
            .source(row.source())
            .putInputs("consistent", String.valueOf(body.consistent().size()))
            .putInputs("direction", body.direction().map(Enum::name).orElse(""))
            .outcome(grade.toString())
            .reason("Grade " + row.grade() + " row, " + row.words() + studies)
            .build();
    return Derivation.of(grade, step);
  }
}
