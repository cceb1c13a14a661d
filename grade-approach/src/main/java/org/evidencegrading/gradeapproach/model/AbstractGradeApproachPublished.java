package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/**
 * What the guideline printed for a GRADE recommendation: in words (direction, strength, certainty,
 * good practice, or that the panel declined to recommend) and, where it prints them, as symbols.
 * Symbols are kept exactly as printed, spaces and all; the {@code symbols} package reads them and
 * checks them against the words. {@code reasons} holds the source's own words per field, e.g. why
 * the panel made no recommendation.
 */
@Value.Immutable
@JsonSerialize(as = GradeApproachPublished.class)
@JsonDeserialize(as = GradeApproachPublished.class)
@JsonPropertyOrder({"direction", "strength", "certainty", "certaintyRange", "certaintySymbol", "symbol", "goodPractice",
    "noRecommendation", "reasons", "inferred"})
abstract class AbstractGradeApproachPublished implements CertaintyStatement, ProvenanceFields {

  /** For or against the intervention. */
  public abstract Optional<Direction> direction();

  /** Strong or conditional. */
  public abstract Optional<Strength> strength();

  /** The recommendation's symbol as printed: ↑↑, ↑, ↓, ↓↓ or √. */
  public abstract Optional<String> symbol();

  /** Whether the guideline presents the statement as good practice. */
  public abstract Optional<Boolean> goodPractice();

  /** Whether the panel declined to make a recommendation (the reason under {@code reasons.noRecommendation}). */
  public abstract Optional<Boolean> noRecommendation();



  /** Whether the panel declined to recommend. */
  public boolean declined() {
    return noRecommendation().orElse(false);
  }

  @Value.Check
  protected void check() {
    CertaintyStatement.check(this);
  }
}
