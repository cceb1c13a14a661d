package org.evidencegrading.nass.grades;

import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Level;
import org.immutables.value.Value;

/** One study of a body of evidence, as the grade sees it: its level and what it found. */
@Value.Immutable
abstract class AbstractEvidence {

  @Value.Parameter
  public abstract String study();

  @Value.Parameter
  public abstract Level level();

  @Value.Parameter
  public abstract Finding finding();

  /** "berenson-2011 (Level I, supports)". */
  @Override
  public String toString() {
    return study() + " (" + level().label() + ", " + finding().name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
