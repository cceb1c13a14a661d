package org.evidencegrading.problem;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A problem found by a check: what kind, how severe, where, and what exactly. */
@Value.Immutable
@JsonSerialize(as = Problem.class)
@JsonDeserialize(as = Problem.class)
@JsonPropertyOrder({"severity", "code", "at", "item", "message"})
abstract class AbstractProblem {

  public abstract Severity severity();

  /** The {@link ProblemCode#name() name} of the problem's code. */
  public abstract String code();

  /** The id of the recommendation the problem is about. */
  public abstract String at();

  /** The appraised study or outcome within the recommendation, where the problem is about one. */
  public abstract Optional<String> item();

  public abstract String message();

  /** Where, for people: the recommendation, and the item in parentheses if any: {@code interventional-3a (molloy-2016)}. */
  public String where() {
    return at() + item().map(item -> " (" + item + ")").orElse("");
  }
}
