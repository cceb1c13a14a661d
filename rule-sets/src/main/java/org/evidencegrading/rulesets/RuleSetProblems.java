package org.evidencegrading.rulesets;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.system.Provenances;

/** The problems a rule-set grading system reports. */
public final class RuleSetProblems {

  public static final ProblemCode LEVEL_MISMATCH =
      ProblemCode.of("LEVEL_MISMATCH", Severity.ERROR, "an appraisal's level derived by the rule set's table and downgrading differs from its published level");

  public static final ProblemCode GRADE_MISMATCH =
      ProblemCode.of("GRADE_MISMATCH", Severity.ERROR, "a published grade is neither the grade the rule set's rows give nor one they permit");

  public static final ProblemCode DIRECTION_MISMATCH =
      ProblemCode.of("DIRECTION_MISMATCH", Severity.ERROR,
          "a published grade with a direction says the evidence supports the statement, but the evidence opposes it");

  public static final ProblemCode NOT_COVERED =
      ProblemCode.of("NOT_COVERED", Severity.WARNING,
          "no row of the rule set covers the body of evidence behind a published grade, so the grade cannot be checked");

  public static final ProblemCode WORDING_MISMATCH =
      ProblemCode.of("WORDING_MISMATCH", Severity.WARNING, "a statement lacks its grade's standard wording");

  public static final ProblemCode POTENTIAL_LEVEL_MISMATCH =
      ProblemCode.of("POTENTIAL_LEVEL_MISMATCH", Severity.WARNING, "a stated potential level is not the one the rule set's table gives");

  public static final ProblemCode UNGRADED_CITATION =
      ProblemCode.of("UNGRADED_CITATION", Severity.WARNING,
          "an appraisal has no level (none printed, none derivable): it is listed, not counted");

  public static final ProblemCode DISCRETION_USED =
      ProblemCode.of("DISCRETION_USED", Severity.INFO,
          "a published grade is one the rule set permits in the panel's judgment or for indirect evidence, not its default");

  /** Every code. */
  public static final ImmutableList<ProblemCode> ALL = ImmutableList.of(LEVEL_MISMATCH, GRADE_MISMATCH, DIRECTION_MISMATCH,
      NOT_COVERED, WORDING_MISMATCH, POTENTIAL_LEVEL_MISMATCH, UNGRADED_CITATION, DISCRETION_USED, Provenances.RESTS_ON_INFERRED);

  private RuleSetProblems() {}
}
