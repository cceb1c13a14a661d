package org.evidencegrading.properties;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** How one property fared: the cases checked and the smallest counterexamples, if any. */
@Value.Immutable
@JsonSerialize(as = PropertyResult.class)
@JsonPropertyOrder({"name", "description", "space", "cases", "counterexamples"})
abstract class AbstractPropertyResult {

  public abstract String name();

  public abstract String description();

  /** The space the cases came from. */
  public abstract String space();

  /** How many cases were checked. */
  public abstract long cases();

  /** The smallest cases for which the property fails, each written out with why, smallest first. */
  public abstract ImmutableList<String> counterexamples();

  /** Whether the property held for every case. */
  @JsonIgnore
  public boolean holds() {
    return counterexamples().isEmpty();
  }
}
