package org.evidencegrading.gradeapproach;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.system.Provenances;

/**
 * The problems the GRADE system reports, with the codes and severities of the file format (revision
 * 2): ERROR where a published value contradicts the file's own stated inputs under fixed rules,
 * WARNING where a judgment departs from GRADE's guidance, INFO where the guidance leaves discretion
 * and the guideline used it, or where a result rests on inferred values.
 */
public final class GradeApproachProblems {

  /** A published certainty, of an outcome or overall, allows none of the certainties the ratings permit. */
  public static final ProblemCode CERTAINTY_MISMATCH =
      ProblemCode.of("CERTAINTY_MISMATCH", Severity.ERROR,
          "a published GRADE certainty (outcome or overall) is none of those its ratings permit");

  /** A printed symbol says something else than the published words. */
  public static final ProblemCode SYMBOL_MISMATCH =
      ProblemCode.of("SYMBOL_MISMATCH", Severity.ERROR,
          "a printed symbol (⊕ notation, arrows, √) says something else than the published words");

  /** The published direction is opposite to the stated balance, or to the evidence, and nothing stated favors it. */
  public static final ProblemCode DIRECTION_MISMATCH =
      ProblemCode.of("DIRECTION_MISMATCH", Severity.ERROR,
          "the published direction is opposite to the stated balance of effects, or to the evidence where every critical"
              + " outcome favors the other side, and no stated criterion favors it");

  /** A strong recommendation in a pattern GRADE calls discordant. */
  public static final ProblemCode DISCORDANT_RECOMMENDATION =
      ProblemCode.of("DISCORDANT_RECOMMENDATION", Severity.WARNING,
          "a strong recommendation on low or very low certainty without a paradigmatic situation, with a balance that does"
              + " not clearly favor one side, with important variability in values, or for an option judged not acceptable or"
              + " not feasible");

  /** A recommendation with outcomes, none of them critical with evidence: no overall certainty. */
  public static final ProblemCode NO_CRITICAL_OUTCOME =
      ProblemCode.of("NO_CRITICAL_OUTCOME", Severity.WARNING,
          "a recommendation whose outcomes include no critical one with evidence, so it has no overall certainty");

  /** A critical outcome the review found no evidence for: it does not count in the overall certainty. */
  public static final ProblemCode CRITICAL_OUTCOME_WITHOUT_EVIDENCE =
      ProblemCode.of("CRITICAL_OUTCOME_WITHOUT_EVIDENCE", Severity.WARNING,
          "a critical outcome without evidence (noEvidence), which has no certainty and does not count in the overall certainty");

  /** A published certainty counts rating up of evidence that was also rated down. */
  public static final ProblemCode UPGRADE_DESPITE_DOWNGRADE =
      ProblemCode.of("UPGRADE_DESPITE_DOWNGRADE", Severity.WARNING,
          "a published certainty counts rating up of evidence that was also rated down (not for ROBINS-I risk of bias)");

  /** A domain rated down three levels where GRADE rates down at most two. */
  public static final ProblemCode IMPLAUSIBLE_RATING =
      ProblemCode.of("IMPLAUSIBLE_RATING", Severity.WARNING,
          "a domain rated extremely serious (-3) outside imprecision, or outside risk of bias for ROBINS-I");

  /** A declared paradigmatic situation whose certainty pattern or direction does not hold. */
  public static final ProblemCode PARADIGM_NOT_SATISFIED =
      ProblemCode.of("PARADIGM_NOT_SATISFIED", Severity.WARNING,
          "a declared paradigmatic situation whose certainty pattern or direction does not hold");

  /** A good practice statement whose five criteria are not all met. */
  public static final ProblemCode GOOD_PRACTICE_CRITERIA_UNMET =
      ProblemCode.of("GOOD_PRACTICE_CRITERIA_UNMET", Severity.WARNING,
          "a good practice statement whose five criteria are not all met");

  /** A deprecated name of a value, read as its new name. */
  public static final ProblemCode DEPRECATED_VALUE =
      ProblemCode.of("DEPRECATED_VALUE", Severity.WARNING,
          "a deprecated name of a value (paradigmaticSituation CATASTROPHIC_HARM), read as its new name");

  /** A published value the guidance permits, other than the default: discretion used. */
  public static final ProblemCode DISCRETION_USED =
      ProblemCode.of("DISCRETION_USED", Severity.INFO,
          "a published value other than the default that the guidance leaves to the panel's discretion");

  /** Every code, in the order of the file format's tables. */
  public static final ImmutableList<ProblemCode> ALL = ImmutableList.of(
      CERTAINTY_MISMATCH, SYMBOL_MISMATCH, DIRECTION_MISMATCH, DISCORDANT_RECOMMENDATION, NO_CRITICAL_OUTCOME,
      CRITICAL_OUTCOME_WITHOUT_EVIDENCE, UPGRADE_DESPITE_DOWNGRADE, IMPLAUSIBLE_RATING, PARADIGM_NOT_SATISFIED,
      GOOD_PRACTICE_CRITERIA_UNMET, DEPRECATED_VALUE, DISCRETION_USED, Provenances.RESTS_ON_INFERRED);

  private GradeApproachProblems() {}
}
