package org.evidencegrading.rulesets.grading;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/**
 * A body of evidence sorted by the rule set's {@link Consistency consistency policy}: the studies
 * set aside, whether the findings are inconsistent, and the consistent studies the rows count.
 */
@Value.Immutable
abstract class AbstractSortedEvidence {

  /** Whether the findings are inconsistent (without judgment, under the {@code JUDGMENT} policy). */
  public abstract boolean inconsistent();

  /**
   * The studies a consistent reading grades on, all finding the same way: every decisive study of
   * a consistent body, or the majority beside a single {@link #outlier()}. Empty for an
   * inconsistent body without an outlier.
   */
  public abstract ImmutableList<Evidence> consistent();

  /** FOR when the consistent studies support the statement, AGAINST when they oppose it. */
  public abstract Optional<Direction> direction();

  /** Every study that counts for or against (and, where they conflict, the inconclusive ones). */
  public abstract ImmutableList<Evidence> decisive();

  /** A single study finding the other way among two or more consistent ones. */
  public abstract Optional<Evidence> outlier();

  /** Studies with inconclusive findings, set aside. */
  public abstract ImmutableList<Evidence> inconclusive();

  /** Studies of levels that support no grade, set aside. */
  public abstract ImmutableList<Evidence> unusable();

  /**
   * Whether setting the outlier aside is the panel's judgment (the findings are inconsistent
   * without it, consistent with it).
   */
  public boolean outlierJudgment() {
    return inconsistent() && outlier().isPresent();
  }
}
