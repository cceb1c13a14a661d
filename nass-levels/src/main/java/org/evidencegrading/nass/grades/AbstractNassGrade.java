package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.model.Grade;
import org.immutables.value.Value;

/** A derived grade of recommendation: the grade, its direction, the row that gave it, the studies counted. */
@Value.Immutable
abstract class AbstractNassGrade {

  public abstract Grade grade();

  /** For or against the statement; absent for grade I. */
  public abstract Optional<Direction> direction();

  /** The row of the linking table that decided the grade. */
  public abstract LinkingRow row();

  /** The studies the grade rests on. */
  public abstract ImmutableList<String> counted();

  /** "B for", "I". */
  @Override
  public String toString() {
    return grade().name() + direction().map(d -> " " + d.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
  }
}
