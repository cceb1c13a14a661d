package org.evidencegrading.properties;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** The outcome of validating a set of properties: one result per property. */
@Value.Immutable
@JsonSerialize(as = Validation.class)
@JsonPropertyOrder({"system", "properties"})
abstract class AbstractValidation {

  /** Whose rules were validated, e.g. {@code NASS}. */
  public abstract String system();

  public abstract ImmutableList<PropertyResult> properties();

  /** Whether every property held. */
  @JsonIgnore
  public boolean holds() {
    return properties().stream().allMatch(PropertyResult::holds);
  }

  /** The properties that failed. */
  @JsonIgnore
  public ImmutableList<PropertyResult> failures() {
    return properties().stream().filter(p -> !p.holds()).collect(ImmutableList.toImmutableList());
  }
}
