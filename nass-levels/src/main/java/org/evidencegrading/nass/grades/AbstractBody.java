package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/**
 * A body of evidence sorted by {@link Consistency}: the consistent studies the grade rests on and
 * their direction, or none if the findings are inconsistent.
 */
@Value.Immutable
abstract class AbstractBody {

  /** Whether the findings are inconsistent (then nothing is consistent). */
  public abstract boolean inconsistent();

  /** The studies the grade rests on, all finding the same way. */
  public abstract ImmutableList<Evidence> consistent();

  /** FOR when the consistent studies support the statement, AGAINST when they oppose it. */
  public abstract Optional<Direction> direction();

  /** The single outlying study set aside under the footnote, if any. */
  public abstract Optional<Evidence> outlier();

  /** The studies with inconclusive findings, set aside. */
  public abstract ImmutableList<Evidence> inconclusive();
}
