package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * The certainty an outcome's rating arrives at: the starting level, less the levels rated down, plus
 * the levels rated up, within GRADE's four levels: "Ultimately, the quality of evidence for each
 * outcome falls into one of four categories, from high to very low" (Balshem et al., GRADE
 * guidelines 3). A rating beyond either end stays at that end: evidence rated down more levels than
 * it has left is very low, evidence rated up beyond high is high. The levels are added up first and
 * bounded once, so that rating down and rating up offset each other as they do in GRADE's tables.
 */
public final class CertaintyBounds extends NamedRule<Score, Certainty> {

  /** The rule's id in traces. */
  public static final String ID = "grade.certainty.bounds";

  /** The source the rule implements. */
  public static final String SOURCE =
      "GRADE 3 (Balshem 2011), J Clin Epidemiol 64:401-406: four levels, high to very low";

  private static final CertaintyBounds INSTANCE = new CertaintyBounds();

  private CertaintyBounds() {
    super(ID, SOURCE);
  }

  /** The rule. */
  public static CertaintyBounds rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<Certainty> apply(Score score) {
    int value = score.value();
    Certainty certainty = Certainty.ofRank(Math.max(Certainty.VERY_LOW.rank(), Math.min(Certainty.HIGH.rank(), value)));
    String bound = value > Certainty.HIGH.rank()
        ? ", above high: bounded at high"
        : value < Certainty.VERY_LOW.rank() ? ", below very low: bounded at very low" : "";
    Step step =
        step()
            .putInputs("start", score.start().name())
            .putInputs("levelsDown", String.valueOf(score.levelsDown()))
            .putInputs("levelsUp", String.valueOf(score.levelsUp()))
            .outcome(certainty.name())
            .reason(Words.of(score.start()) + " (" + score.start().rank() + ") - " + score.levelsDown() + " + "
                + score.levelsUp() + " = " + value + bound + ": " + Words.of(certainty))
            .build();
    return Derivation.of(certainty, step);
  }
}
