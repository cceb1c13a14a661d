package org.evidencegrading.rulesets.grading;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/**
 * The grade a rule set gives a body of evidence: the default grade and its direction, the row that
 * decided it, the other grades the rule set permits where it leaves discretion, and the studies the
 * grade rests on. A body no row covers has no grade and is not {@link #covered()}; a row may also
 * give no grade on purpose ({@code ungraded}).
 */
@Value.Immutable
@JsonSerialize(as = EvidenceGrade.class)
@JsonPropertyOrder({"grade", "direction", "row", "covered", "permitted", "counted"})
abstract class AbstractEvidenceGrade {

  /** The grade without discretion; absent for no grade. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> grade();

  /** For or against the statement; absent for a grade that has no direction, and for no grade. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Direction> direction();

  /** The id of the row that decided, if one did. */
  public abstract Optional<String> row();

  /** Whether any row holds for the body: false for a gap in the rule set. */
  public abstract boolean covered();

  /** The other grades permitted, in the panel's judgment or for indirect evidence. */
  public abstract ImmutableList<PermittedGrade> permitted();

  /** The studies the grade rests on. */
  public abstract ImmutableList<String> counted();

  /**
   * The ids of every row that decided or permitted a grade, in any reading of the body (for the
   * properties: a row that holds but is never used is shadowed).
   */
  @JsonIgnore
  public abstract ImmutableList<String> rowsUsed();

  /** Whether a published grade is the default or one of the permitted ones. */
  public boolean permits(String grade) {
    return grade().map(grade::equals).orElse(false) || permitted().stream().anyMatch(p -> p.grade().equals(grade));
  }

  /** "B for", "I", "none", with the permitted grades: "D for (or A for)". */
  @Override
  public String toString() {
    String grade = grade().map(g -> g + direction().map(d -> " " + d.name().toLowerCase(Locale.ROOT)).orElse("")).orElse("none");
    return permitted().isEmpty()
        ? grade
        : grade + " (or " + permitted().stream().map(PermittedGrade::toString).collect(Collectors.joining(", ")) + ")";
  }
}
