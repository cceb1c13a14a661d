package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.model.Grade;
import org.immutables.value.Value;

/** A compound statement's grade: its weakest component's, with a direction, and the weakest components. */
@Value.Immutable
abstract class AbstractCompoundGrade {

  public abstract Grade grade();

  /** FOR when every component's evidence supports the statement, AGAINST when any opposes it; absent for I. */
  public abstract Optional<Direction> direction();

  /** The components with the weakest grade. */
  public abstract ImmutableList<String> weakest();

  /** "C for", "I". */
  @Override
  public String toString() {
    return grade().name() + direction().map(d -> " " + d.name().toLowerCase(Locale.ROOT)).orElse("");
  }
}
