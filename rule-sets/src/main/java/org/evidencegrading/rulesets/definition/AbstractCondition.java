package org.evidencegrading.rulesets.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.util.Optional;
import org.evidencegrading.io.BoundedIntDeserializer;
import org.immutables.value.Value;

/**
 * What a row asks of the studies it counts: how many of them are of these levels. {@code levels:
 * [I], atLeast: 2} is "two or more Level I studies"; without {@code levels} every study counts
 * ({@code atLeast: 1, atMost: 1}: "a single study").
 */
@Value.Immutable
@JsonSerialize(as = Condition.class)
@JsonDeserialize(as = Condition.class)
@JsonPropertyOrder({"levels", "atLeast", "atMost"})
abstract class AbstractCondition {

  /** The counts a condition may name. */
  public static final Range<Integer> COUNT = Range.closed(0, 99);

  /** Reads a count within {@link #COUNT}. */
  public static final class CountDeserializer extends BoundedIntDeserializer {
    private static final long serialVersionUID = 1L;

    public CountDeserializer() {
      super(COUNT, "a number of studies");
    }
  }

  /** The levels counted; empty: every level. */
  public abstract ImmutableList<String> levels();

  @JsonDeserialize(contentUsing = CountDeserializer.class)
  public abstract Optional<Integer> atLeast();

  @JsonDeserialize(contentUsing = CountDeserializer.class)
  public abstract Optional<Integer> atMost();

  /** Whether {@code count} studies of the levels meet the condition. */
  public boolean holds(int count) {
    return atLeast().map(least -> count >= least).orElse(true) && atMost().map(most -> count <= most).orElse(true);
  }

  /** "at least 2 of I", "exactly 1 study", "none of I, II, III". */
  @Override
  public String toString() {
    String of = levels().isEmpty() ? "" : " of " + String.join(", ", levels());
    int least = atLeast().orElse(0);
    if (atMost().isPresent() && atMost().get() == least) {
      return (least == 0 ? "none" : "exactly " + least) + (levels().isEmpty() ? (least == 1 ? " study" : " studies") : of);
    }
    String bounds = atLeast().map(n -> "at least " + n).orElse("")
        + (atLeast().isPresent() && atMost().isPresent() ? " and " : "")
        + atMost().map(n -> "at most " + n).orElse("");
    return bounds + (levels().isEmpty() ? " studies" : of);
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(atLeast().isPresent() || atMost().isPresent(), "a condition gives atLeast, atMost or both");
    atLeast().ifPresent(n -> Preconditions.checkState(COUNT.contains(n), "atLeast %s is not in %s", n, COUNT));
    atMost().ifPresent(n -> Preconditions.checkState(COUNT.contains(n), "atMost %s is not in %s", n, COUNT));
    if (atLeast().isPresent() && atMost().isPresent()) {
      Preconditions.checkState(atLeast().get() <= atMost().get(), "atLeast %s is more than atMost %s", atLeast().get(), atMost().get());
    }
  }
}
