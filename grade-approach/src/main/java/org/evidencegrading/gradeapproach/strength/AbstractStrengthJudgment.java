package org.evidencegrading.gradeapproach.strength;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/** A published strength with what GRADE weighs it against ({@link Discordance}). */
@Value.Immutable
abstract class AbstractStrengthJudgment {

  /** The published strength. */
  public abstract Strength strength();

  /** The published direction, where given. */
  public abstract Optional<Direction> direction();

  /**
   * The certainty the recommendation rests on: the published one (the highest level of a published
   * range), or else the highest derived one permitted; absent when there is neither.
   */
  public abstract Optional<Certainty> certainty();

  /** The evidence-to-decision judgments, where given. */
  public abstract Optional<Decision> decision();

  /** Whether the panel declared a paradigmatic situation that holds ({@link ParadigmaticSituationCheck}). */
  public abstract boolean paradigmSatisfied();
}
