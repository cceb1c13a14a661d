package org.evidencegrading.nass;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.problem.Severity;

/** The problems the NASS system reports. */
public final class NassProblems {

  public static final ProblemCode LEVEL_MISMATCH =
      ProblemCode.of("LEVEL_MISMATCH", Severity.ERROR, "an appraisal's derived level differs from its published level");

  public static final ProblemCode GRADE_MISMATCH =
      ProblemCode.of("GRADE_MISMATCH", Severity.ERROR, "a recommendation's derived grade differs from the published grade");

  public static final ProblemCode WORDING_MISMATCH =
      ProblemCode.of("WORDING_MISMATCH", Severity.WARNING, "a statement lacks its grade's standard wording");

  public static final ProblemCode CONSENSUS_NOT_REACHED =
      ProblemCode.of("CONSENSUS_NOT_REACHED", Severity.ERROR,
          "a published consensus recommendation whose votes never reached 80% at 7-9 within 3 rounds");

  /** Every code, in the order of the file format's table. */
  public static final ImmutableList<ProblemCode> ALL =
      ImmutableList.of(LEVEL_MISMATCH, GRADE_MISMATCH, WORDING_MISMATCH, CONSENSUS_NOT_REACHED);

  private NassProblems() {}
}
