package org.evidencegrading.gradeapproach.model;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The five domains for which GRADE rates the certainty of a body of evidence down (Balshem et al.,
 * GRADE guidelines 3, and one article each in GRADE guidelines 4-8, J Clin Epidemiol 2011): risk of
 * bias, inconsistency, indirectness, imprecision and publication bias, each judged for an outcome as
 * a {@link Concern}.
 */
public enum Domain {
  /** Study limitations. */
  RISK_OF_BIAS("riskOfBias", AbstractOutcome::riskOfBias, Outcome::withRiskOfBias),
  /** Unexplained heterogeneity of results. */
  INCONSISTENCY("inconsistency", AbstractOutcome::inconsistency, Outcome::withInconsistency),
  /** Differences between the evidence and the question's population, intervention, comparison or outcome. */
  INDIRECTNESS("indirectness", AbstractOutcome::indirectness, Outcome::withIndirectness),
  /** Wide confidence intervals, few events or participants. */
  IMPRECISION("imprecision", AbstractOutcome::imprecision, Outcome::withImprecision),
  /** Selective publication of studies. */
  PUBLICATION_BIAS("publicationBias", AbstractOutcome::publicationBias, Outcome::withPublicationBias);

  private final String field;
  private final Function<AbstractOutcome, Optional<Concern>> judgment;
  private final BiFunction<Outcome, Concern, Outcome> rejudged;

  Domain(String field, Function<AbstractOutcome, Optional<Concern>> judgment, BiFunction<Outcome, Concern, Outcome> rejudged) {
    this.field = field;
    this.judgment = judgment;
    this.rejudged = rejudged;
  }

  /** The outcome's field that holds the judgment, e.g. {@code riskOfBias}. */
  public String field() {
    return field;
  }

  /** The concern the outcome records for this domain; absent for an outcome without evidence. */
  public Optional<Concern> judgmentOf(Outcome outcome) {
    return judgment.apply(outcome);
  }

  /**
   * The concern a rated outcome (one with evidence) records for this domain.
   *
   * @throws IllegalArgumentException for an outcome without evidence, which is not rated
   */
  public Concern concernOf(Outcome outcome) {
    Optional<Concern> concern = judgment.apply(outcome);
    if (concern.isEmpty()) {
      throw new IllegalArgumentException("outcome " + outcome.id() + " has no evidence, so no " + field + " judgment");
    }
    return concern.get();
  }

  /** The outcome with another concern in this domain. */
  public Outcome with(Outcome outcome, Concern concern) {
    return rejudged.apply(outcome, concern);
  }
}
