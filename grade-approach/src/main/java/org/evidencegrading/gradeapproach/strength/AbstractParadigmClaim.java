package org.evidencegrading.gradeapproach.strength;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/** A paradigmatic situation a panel declared, with what it is tested against ({@link ParadigmaticSituationCheck}). */
@Value.Immutable
abstract class AbstractParadigmClaim {

  /** The situation declared (not {@code NONE}). */
  public abstract ParadigmaticSituation situation();

  /** The published direction, where given. */
  public abstract Optional<Direction> direction();

  /** The outcomes with evidence that say which alternative they favor. */
  public abstract ImmutableList<SideCertainty> outcomes();
}
