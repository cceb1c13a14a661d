package org.evidencegrading.gradeapproach;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.problem.Severity;

/** The problems the GRADE system reports, with the codes and severities of the file format. */
public final class GradeApproachProblems {

  /** A derived certainty, of an outcome or overall, differs from the published one. */
  public static final ProblemCode CERTAINTY_MISMATCH =
      ProblemCode.of("CERTAINTY_MISMATCH", Severity.ERROR,
          "a derived GRADE certainty (outcome or overall) differs from the published one");

  /** A printed symbol says something else than the published words. */
  public static final ProblemCode SYMBOL_MISMATCH =
      ProblemCode.of("SYMBOL_MISMATCH", Severity.ERROR,
          "a printed symbol (⊕ notation, arrows, √) says something else than the published words");

  /** The derived strength or direction differs from the published one. */
  public static final ProblemCode STRENGTH_MISMATCH =
      ProblemCode.of("STRENGTH_MISMATCH", Severity.ERROR, "the derived strength or direction differs from the published one");

  /** A published strong recommendation rests on low or very low certainty without a paradigmatic situation. */
  public static final ProblemCode DISCORDANT_RECOMMENDATION =
      ProblemCode.of("DISCORDANT_RECOMMENDATION", Severity.WARNING,
          "a strong recommendation on low or very low certainty without a paradigmatic situation");

  /** A good practice statement whose five criteria are not all met. */
  public static final ProblemCode GOOD_PRACTICE_CRITERIA_UNMET =
      ProblemCode.of("GOOD_PRACTICE_CRITERIA_UNMET", Severity.ERROR,
          "a good practice statement whose five criteria are not all met");

  /** Every code, in the order of the file format's table. */
  public static final ImmutableList<ProblemCode> ALL = ImmutableList.of(
      CERTAINTY_MISMATCH, SYMBOL_MISMATCH, STRENGTH_MISMATCH, DISCORDANT_RECOMMENDATION, GOOD_PRACTICE_CRITERIA_UNMET);

  private GradeApproachProblems() {}
}
