package org.evidencegrading.nass.wording;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.nass.model.Finding;
import org.immutables.value.Value;

/** A statement and the findings of the studies cited for it, as encoded. */
@Value.Immutable
abstract class AbstractStatementFindings {

  @Value.Parameter
  public abstract String statement();

  @Value.Parameter
  public abstract ImmutableList<Finding> findings();
}
