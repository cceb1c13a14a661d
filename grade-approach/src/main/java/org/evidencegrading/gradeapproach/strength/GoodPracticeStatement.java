package org.evidencegrading.gradeapproach.strength;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriterion;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * Whether a statement qualifies as a good practice statement, which GRADE does not grade: by the
 * GRADE Working Group's guidance (Guyatt et al., "Guideline panels should seldom make good practice
 * statements", J Clin Epidemiol 2016), only when it meets all five criteria of {@link
 * GoodPracticeCriterion}: the message is necessary; implementing it has large, unequivocal net
 * benefit; collecting and summarizing the evidence would be a poor use of the panel's resources; a
 * clear and explicit rationale connects the indirect evidence; and the statement is clear and
 * actionable. "All five criteria should be fulfilled to designate a statement as" a good practice
 * statement (Dewidar et al., BMJ Evid Based Med 2022, Table 1, summarizing that guidance).
 */
public final class GoodPracticeStatement extends NamedRule<GoodPracticeCriteria, Boolean> {

  /** The rule's id in traces. */
  public static final String ID = "grade.good-practice";

  /** The source the rule implements. */
  public static final String SOURCE =
      "Guyatt 2016, J Clin Epidemiol 80:3-7: GRADE guidelines, good practice statements";

  private static final GoodPracticeStatement INSTANCE = new GoodPracticeStatement();

  private GoodPracticeStatement() {
    super(ID, SOURCE);
  }

  /** The rule. */
  public static GoodPracticeStatement rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<Boolean> apply(GoodPracticeCriteria criteria) {
    ImmutableList<GoodPracticeCriterion> unmet = criteria.unmet();
    Step.Builder step = step();
    for (GoodPracticeCriterion criterion : GoodPracticeCriterion.values()) {
      step.putInputs(criterion.field(), String.valueOf(criterion.metBy(criteria)));
    }
    int all = GoodPracticeCriterion.values().length;
    step.outcome(unmet.isEmpty() ? "good practice statement" : "criteria not met")
        .reason(unmet.isEmpty()
            ? "all " + all + " criteria of a good practice statement are met"
            : unmet.size() + " of the " + all + " criteria of a good practice statement "
                + (unmet.size() == 1 ? "is" : "are") + " not met: "
                + unmet.stream().map(GoodPracticeCriterion::words).collect(Collectors.joining("; ")));
    return Derivation.of(unmet.isEmpty(), step.build());
  }
}
