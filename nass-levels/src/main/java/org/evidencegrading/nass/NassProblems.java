package org.evidencegrading.nass;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.system.Provenances;

/**
 * The problems the NASS system reports, with the severities of revision 2 of the file format: ERROR
 * where a published value contradicts what the file's own inputs give by the fixed rules (the levels
 * table, the linking table, the votes, the direction of the findings); WARNING where a judgment
 * departs from NASS's guidance; INFO where the guidance leaves discretion and the guideline used it,
 * or where a result rests on a value the encoder inferred.
 */
public final class NassProblems {

  public static final ProblemCode LEVEL_MISMATCH =
      ProblemCode.of("LEVEL_MISMATCH", Severity.ERROR, "an appraisal's derived level differs from its published level");

  public static final ProblemCode GRADE_MISMATCH =
      ProblemCode.of("GRADE_MISMATCH", Severity.ERROR,
          "a recommendation's published grade is not one the evidence permits (the derived grade, or one step below it for indirect evidence)");

  public static final ProblemCode CONSENSUS_NOT_REACHED =
      ProblemCode.of("CONSENSUS_NOT_REACHED", Severity.ERROR,
          "a published consensus recommendation whose votes never reached 80% at 7-9 within 3 rounds");

  public static final ProblemCode DIRECTION_MISMATCH =
      ProblemCode.of("DIRECTION_MISMATCH", Severity.ERROR,
          "the consistent evidence opposes the statement, yet an A, B or C is published (which says it supports the statement as written)");

  public static final ProblemCode WORDING_MISMATCH =
      ProblemCode.of("WORDING_MISMATCH", Severity.WARNING, "a statement lacks its grade's standard wording");

  public static final ProblemCode POTENTIAL_LEVEL_MISMATCH =
      ProblemCode.of("POTENTIAL_LEVEL_MISMATCH", Severity.WARNING,
          "a stated potential level differs from the one the levels table gives the stated study type and design");

  public static final ProblemCode UNGRADED_CITATION =
      ProblemCode.of("UNGRADED_CITATION", Severity.WARNING,
          "a cited study has no level, none printed and none derivable: it is listed but not counted");

  public static final ProblemCode CONSENSUS_DESPITE_EVIDENCE =
      ProblemCode.of("CONSENSUS_DESPITE_EVIDENCE", Severity.WARNING,
          "a consensus statement cites appraisals that would give grade A, B or C (NASS makes consensus statements where Level I-IV evidence is insufficient)");

  public static final ProblemCode FINDINGS_AGAINST_NEGATIVE_STATEMENT =
      ProblemCode.of("FINDINGS_AGAINST_NEGATIVE_STATEMENT", Severity.WARNING,
          "a statement worded against a test or intervention whose studies are all encoded as opposing it:"
              + " the findings may be encoded relative to the intervention instead of the statement");

  public static final ProblemCode APPRAISAL_VARIES =
      ProblemCode.of("APPRAISAL_VARIES", Severity.INFO,
          "a study is appraised with a different design or study type under different recommendations (reported once per study)");

  public static final ProblemCode DISCRETION_USED =
      ProblemCode.of("DISCRETION_USED", Severity.INFO,
          "the published grade is a permitted one other than the derived grade (one step below it, for indirect evidence)");

  public static final ProblemCode VOTES_NOT_PUBLISHED =
      ProblemCode.of("VOTES_NOT_PUBLISHED", Severity.INFO,
          "a consensus statement whose votes the guideline does not publish: the 80% rule cannot be checked");

  /** Every code: errors, warnings, then infos, each in the order of the file format's tables. */
  public static final ImmutableList<ProblemCode> ALL =
      ImmutableList.of(LEVEL_MISMATCH, GRADE_MISMATCH, CONSENSUS_NOT_REACHED, DIRECTION_MISMATCH,
          WORDING_MISMATCH, POTENTIAL_LEVEL_MISMATCH, UNGRADED_CITATION, CONSENSUS_DESPITE_EVIDENCE, FINDINGS_AGAINST_NEGATIVE_STATEMENT,
          APPRAISAL_VARIES, DISCRETION_USED, VOTES_NOT_PUBLISHED, Provenances.RESTS_ON_INFERRED);

  private NassProblems() {}
}
