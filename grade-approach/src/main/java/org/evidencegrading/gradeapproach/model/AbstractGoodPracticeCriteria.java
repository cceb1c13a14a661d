package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.immutables.value.Value;

/**
 * Whether a good practice statement meets each of the five criteria of {@link
 * GoodPracticeCriterion}, as the file records the panel's (or the encoder's) judgment. Every
 * criterion must be given. {@code reasons} holds the source's words per criterion, {@code inferred}
 * the criteria the encoder judged where the source does not say.
 */
@Value.Immutable
@JsonSerialize(as = GoodPracticeCriteria.class)
@JsonDeserialize(as = GoodPracticeCriteria.class)
@JsonPropertyOrder({"necessary", "netBenefitClear", "evidenceCollectionPoorUseOfResources", "rationaleExplicit", "actionable",
    "reasons", "inferred"})
abstract class AbstractGoodPracticeCriteria implements ProvenanceFields {

  /** See {@link GoodPracticeCriterion#NECESSARY}. */
  public abstract boolean necessary();

  /** See {@link GoodPracticeCriterion#NET_BENEFIT_CLEAR}. */
  public abstract boolean netBenefitClear();

  /** See {@link GoodPracticeCriterion#EVIDENCE_COLLECTION_POOR_USE_OF_RESOURCES}. */
  public abstract boolean evidenceCollectionPoorUseOfResources();

  /** See {@link GoodPracticeCriterion#RATIONALE_EXPLICIT}. */
  public abstract boolean rationaleExplicit();

  /** See {@link GoodPracticeCriterion#ACTIONABLE}. */
  public abstract boolean actionable();



  /** The criteria not met, in the order of {@link GoodPracticeCriterion}. */
  public ImmutableList<GoodPracticeCriterion> unmet() {
    return Arrays.stream(GoodPracticeCriterion.values())
        .filter(criterion -> !criterion.met.test(this))
        .collect(ImmutableList.toImmutableList());
  }
}
