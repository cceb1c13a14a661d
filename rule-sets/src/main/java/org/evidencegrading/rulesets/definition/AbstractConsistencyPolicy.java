package org.evidencegrading.rulesets.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** How a body of evidence is sorted into consistent studies before the rows apply. */
@Value.Immutable
@JsonSerialize(as = ConsistencyPolicy.class)
@JsonDeserialize(as = ConsistencyPolicy.class)
@JsonPropertyOrder({"inconclusive", "singleOutlier", "source", "where", "unverified"})
abstract class AbstractConsistencyPolicy implements Cited {

  public abstract Inconclusive inconclusive();

  public abstract Outlier singleOutlier();
}
