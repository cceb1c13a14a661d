package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/**
 * What the guideline printed for a GRADE recommendation: in words (direction, strength, certainty,
 * good practice) and, where it prints them, as symbols. Symbols are kept exactly as printed, spaces
 * and all; the {@code symbols} package reads them and checks them against the words.
 */
@Value.Immutable
@JsonSerialize(as = GradeApproachPublished.class)
@JsonDeserialize(as = GradeApproachPublished.class)
@JsonPropertyOrder({"direction", "strength", "certainty", "certaintySymbol", "symbol", "goodPractice"})
abstract class AbstractGradeApproachPublished {

  /** For or against the intervention. */
  public abstract Optional<Direction> direction();

  /** Strong or conditional. */
  public abstract Optional<Strength> strength();

  /** The overall certainty of the evidence, as stated in words. */
  public abstract Optional<Certainty> certainty();

  /** The certainty as printed in ⊕ notation, e.g. "⊕⊕OO" or "⊕ OOO". */
  public abstract Optional<String> certaintySymbol();

  /** The recommendation's symbol as printed: ↑↑, ↑, ↓, ↓↓ or √. */
  public abstract Optional<String> symbol();

  /** Whether the guideline presents the statement as good practice. */
  public abstract Optional<Boolean> goodPractice();
}
