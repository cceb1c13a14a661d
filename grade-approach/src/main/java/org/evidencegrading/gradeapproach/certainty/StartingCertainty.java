package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * The certainty an outcome's body of evidence starts from, by design: "In the GRADE approach,
 * randomized trials start as high-quality evidence and observational studies as low-quality
 * evidence" (Balshem et al., GRADE guidelines 3, J Clin Epidemiol 2011).
 *
 * <p>Non-randomized studies assessed with ROBINS-I start high as well (Schünemann et al., GRADE
 * guidelines 18, J Clin Epidemiol 2019): ROBINS-I judges a study against a target randomized trial,
 * so what the lack of randomization costs is counted as risk of bias, by rating down, instead of by
 * starting low.
 */
public final class StartingCertainty extends NamedRule<StudyDesign, Certainty> {

  /** The rule's id in traces. */
  public static final String ID = "grade.certainty.start";

  /** The source the rule implements. */
  public static final String SOURCE =
      "GRADE 3 (Balshem 2011), J Clin Epidemiol 64:401-406; GRADE 18 (Schünemann 2019), J Clin Epidemiol 111:105-114, for ROBINS-I";

  private static final StartingCertainty INSTANCE = new StartingCertainty();

  private StartingCertainty() {
    super(ID, SOURCE);
  }

  /** The rule. */
  public static StartingCertainty rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<Certainty> apply(StudyDesign design) {
    Certainty start;
    String reason;
    switch (design) {
      case RANDOMIZED -> {
        start = Certainty.HIGH;
        reason = "randomized trials start as high certainty";
      }
      case NON_RANDOMIZED_ROBINS_I -> {
        start = Certainty.HIGH;
        reason = "non-randomized studies assessed with ROBINS-I start as high certainty (their risk of bias is rated down instead)";
      }
      default -> {
        start = Certainty.LOW;
        reason = "observational studies start as low certainty";
      }
    }
    Step step = step().putInputs("design", design.name()).outcome(start.name()).reason(reason).build();
    return Derivation.of(start, step);
  }
}
