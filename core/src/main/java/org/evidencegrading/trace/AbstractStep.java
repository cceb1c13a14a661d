package org.evidencegrading.trace;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;

/**
 * One step of a derivation: a rule applied to some inputs, its outcome, and why, with the source
 * the rule implements so that a reader can look it up.
 */
@Value.Immutable
@JsonSerialize(as = Step.class)
@JsonDeserialize(as = Step.class)
@JsonPropertyOrder({"rule", "source", "inputs", "outcome", "reason"})
abstract class AbstractStep {

  /** The {@link Rule#id() id} of the rule that took this step, e.g. {@code nass.linking.b.two-level-ii-iii}. */
  public abstract String rule();

  /**
   * The {@link Rule#source() source} the rule implements, e.g. {@code NASS 2024, p. 13, Linking
   * Levels of Evidence to Grades of Recommendation}.
   */
  public abstract String source();

  /** The values the rule looked at, by name, rendered as text (in insertion order). */
  public abstract ImmutableMap<String, String> inputs();

  /** What the step decided, e.g. {@code B} or {@code Level III}. */
  public abstract String outcome();

  /** Why, in words a methodologist can check against the source the rule implements. */
  public abstract String reason();
}
