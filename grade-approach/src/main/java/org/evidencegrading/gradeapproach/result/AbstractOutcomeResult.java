package org.evidencegrading.gradeapproach.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.evidencegrading.gradeapproach.certainty.CertaintyVerdict;
import org.evidencegrading.gradeapproach.certainty.PublishedCertainty;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Importance;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/**
 * One outcome's certainty as the report shows it: {@code certainty} is the derived certainty (the
 * default where more are permitted, listed in {@code permittedCertainty}; null for an outcome without
 * evidence), {@code publishedCertainty} the one published (or {@code publishedCertaintyRange}), and
 * {@code agrees} whether the published one is permitted (null when none was published); then the
 * outcome's name, importance and design, how many levels it was rated down and up from the design's
 * starting level, and the source's reasons and the inferred fields.
 */
@Value.Immutable
@JsonSerialize(as = OutcomeResult.class)
@JsonPropertyOrder({"id", "certainty", "permittedCertainty", "publishedCertainty", "publishedCertaintyRange", "agrees", "name",
    "importance", "importanceCategory", "noEvidence", "design", "levelsDown", "levelsUp", "reasons", "inferred"})
abstract class AbstractOutcomeResult {

  /** The outcome. */
  @JsonIgnore
  public abstract Outcome outcome();

  /** Its rating; absent for an outcome without evidence. */
  @JsonIgnore
  public abstract Optional<RatedOutcome> rating();

  /** How the certainty was published, if it was. */
  @JsonIgnore
  public abstract Optional<PublishedCertainty> published();

  /** How the published certainty compares with the permitted ones; absent when nothing was compared. */
  @JsonIgnore
  public abstract Optional<CertaintyVerdict> verdict();

  /**
   * How the certainty was derived and compared. Left out of the JSON report, which shows the
   * derivation in sum ({@code design}, {@code levelsDown}, {@code levelsUp}); a mismatch's problem
   * spells it out.
   */
  @JsonIgnore
  public abstract Trace trace();

  /** The outcome's id. */
  @Value.Derived
  public String id() {
    return outcome().id();
  }

  /** The derived certainty (the default); absent without evidence. */
  @Value.Derived
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public Optional<Certainty> certainty() {
    return rating().map(RatedOutcome::certainty);
  }

  /** Every permitted certainty, highest first, where more than one is. */
  @Value.Derived
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public ImmutableList<Certainty> permittedCertainty() {
    return rating()
        .filter(rated -> !rated.permitted().alternatives().isEmpty())
        .map(rated -> rated.permitted().members().asList())
        .orElse(ImmutableList.of());
  }

  /** The published certainty, if a single one was published (in words, or as a symbol only). */
  @Value.Derived
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public Optional<Certainty> publishedCertainty() {
    return published().flatMap(PublishedCertainty::single);
  }

  /** The published range, lowest first, if a range was published. */
  @Value.Derived
  public Optional<ImmutableList<Certainty>> publishedCertaintyRange() {
    return outcome().published().flatMap(printed -> printed.certaintyRange());
  }

  /** Whether the published certainty is permitted; absent when none was published or nothing derived. */
  @Value.Derived
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public Optional<Boolean> agrees() {
    return verdict().map(CertaintyVerdict::agrees);
  }

  /** The outcome's name. */
  @Value.Derived
  public String name() {
    return outcome().name();
  }

  /** The importance, 1 to 9. */
  @Value.Derived
  public int importance() {
    return outcome().importance();
  }

  /** Critical, important or not important. */
  @Value.Derived
  public Importance importanceCategory() {
    return outcome().importanceCategory();
  }

  /** True for an outcome without evidence; left out otherwise. */
  @Value.Derived
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean noEvidence() {
    return outcome().noEvidence();
  }

  /** The design of the studies. */
  @Value.Derived
  public Optional<StudyDesign> design() {
    return outcome().design();
  }

  /** The levels rated down, over the five domains. */
  @Value.Derived
  public Optional<Integer> levelsDown() {
    return rating().map(RatedOutcome::levelsDown);
  }

  /** The levels rated up in the default. */
  @Value.Derived
  public Optional<Integer> levelsUp() {
    return rating().map(RatedOutcome::levelsUp);
  }

  /** The source's reasons for the outcome's judgments, by field. */
  @Value.Derived
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public ImmutableMap<String, String> reasons() {
    return outcome().reasons();
  }

  /** The fields of the outcome the encoder inferred. */
  @Value.Derived
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public ImmutableList<String> inferred() {
    return outcome().inferred();
  }
}
