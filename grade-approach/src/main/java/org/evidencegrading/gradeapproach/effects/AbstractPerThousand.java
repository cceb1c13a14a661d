package org.evidencegrading.gradeapproach.effects;

import com.google.common.base.Preconditions;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk or a risk difference per 1000, rounded to a whole number as summary-of-findings tables
 * print it, with the ends of its 95% confidence interval where known, in ascending order.
 */
@Value.Immutable
abstract class AbstractPerThousand {

  @Value.Parameter
  public abstract long estimate();

  @Value.Parameter
  public abstract Optional<Long> low();

  @Value.Parameter
  public abstract Optional<Long> high();

  @Value.Check
  protected void check() {
    Preconditions.checkState(low().isPresent() == high().isPresent(), "an interval has both ends or neither");
    Preconditions.checkState(low().orElse(Long.MIN_VALUE) <= high().orElse(Long.MAX_VALUE), "the ends are in ascending order");
  }
}
