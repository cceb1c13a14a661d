package org.evidencegrading.rulesets.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** What evidence that applies only indirectly does to the grade. */
@Value.Immutable
@JsonSerialize(as = IndirectPolicy.class)
@JsonDeserialize(as = IndirectPolicy.class)
@JsonPropertyOrder({"effect", "source", "where", "unverified"})
abstract class AbstractIndirectPolicy implements Cited {

  public abstract IndirectEffect effect();
}
