package org.evidencegrading.nass.grades;

import java.util.Locale;
import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.model.Grade;
import org.immutables.value.Value;

/** The grade one component of a compound statement deserves, and its direction. */
@Value.Immutable
abstract class AbstractComponentGrade {

  @Value.Parameter
  public abstract String component();

  @Value.Parameter
  public abstract Grade grade();

  /** For or against the statement; absent for grade I. */
  @Value.Parameter
  public abstract Optional<Direction> direction();

  /** The component's grade from the linking table's derivation for its appraisals. */
  public static ComponentGrade of(String component, NassGrade grade) {
    return ComponentGrade.of(component, grade.grade(), grade.direction());
  }

  /** "thigh-pain: C for". */
  @Override
  public String toString() {
    return component() + ": " + grade().name() + direction().map(d -> " " + d.name().toLowerCase(Locale.ROOT)).orElse("");
  }
}
