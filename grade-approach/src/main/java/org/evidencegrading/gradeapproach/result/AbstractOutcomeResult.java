package org.evidencegrading.gradeapproach.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Importance;
import org.evidencegrading.gradeapproach.model.OutcomePublished;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/**
 * One outcome's certainty as the report shows it: {@code certainty} is the derived certainty, {@code
 * agrees} whether it equals the published one (absent when none was published); then the outcome's
 * name, importance and design, and how many levels it was rated down and up from the design's
 * starting level.
 */
@Value.Immutable
@JsonSerialize(as = OutcomeResult.class)
@JsonPropertyOrder({"id", "certainty", "publishedCertainty", "agrees", "name", "importance", "importanceCategory",
    "design", "levelsDown", "levelsUp"})
abstract class AbstractOutcomeResult {

  /** The rated outcome, for the renderer. */
  @JsonIgnore
  public abstract RatedOutcome rating();

  /**
   * How the certainty was derived. Left out of the JSON report, which shows the derivation in sum
   * ({@code design}, {@code levelsDown}, {@code levelsUp}); a mismatch's problem spells it out.
   */
  @JsonIgnore
  public abstract Trace trace();

  /** The step that concluded the rating, stating the certainty and why. */
  @JsonIgnore
  public abstract Step conclusion();

  /** The outcome's id. */
  @Value.Derived
  public String id() {
    return rating().outcome().id();
  }

  /** The derived certainty. */
  @Value.Derived
  public Certainty certainty() {
    return rating().certainty();
  }

  /** The published certainty, if any. */
  @Value.Derived
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public Optional<Certainty> publishedCertainty() {
    return rating().outcome().published().map(OutcomePublished::certainty);
  }

  /** Whether the derived certainty equals the published one; absent when none was published. */
  @Value.Derived
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public Optional<Boolean> agrees() {
    return Agreement.of(publishedCertainty(), Optional.of(certainty()));
  }

  /** The outcome's name. */
  @Value.Derived
  public String name() {
    return rating().outcome().name();
  }

  /** The importance, 1 to 9. */
  @Value.Derived
  public int importance() {
    return rating().outcome().importance();
  }

  /** Critical, important or not important. */
  @Value.Derived
  public Importance importanceCategory() {
    return rating().outcome().importanceCategory();
  }

  /** The design of the studies. */
  @Value.Derived
  public StudyDesign design() {
    return rating().outcome().design();
  }

  /** The levels rated down, over the five domains. */
  @Value.Derived
  public int levelsDown() {
    return rating().levelsDown();
  }

  /** The levels rated up that counted (under the upgrade policy). */
  @Value.Derived
  public int levelsUp() {
    return rating().levelsUp();
  }

  /** An outcome's result from its rating. */
  public static OutcomeResult of(Derivation<RatedOutcome> rating) {
    return OutcomeResult.builder().rating(rating.value()).trace(rating.trace()).conclusion(rating.step()).build();
  }
}
