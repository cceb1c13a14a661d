package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * What the guideline printed for one outcome (e.g. on its row of a summary-of-findings table): the
 * certainty in words or as a range, and the ⊕ symbol, at least one of them.
 */
@Value.Immutable
@JsonSerialize(as = OutcomePublished.class)
@JsonDeserialize(as = OutcomePublished.class)
@JsonPropertyOrder({"certainty", "certaintyRange", "certaintySymbol"})
abstract class AbstractOutcomePublished implements CertaintyStatement {

  @Value.Check
  protected void check() {
    Preconditions.checkState(certainty().isPresent() || certaintyRange().isPresent() || certaintySymbol().isPresent(),
        "an outcome's published block gives its certainty, certaintyRange or certaintySymbol");
    CertaintyStatement.check(this);
  }
}
