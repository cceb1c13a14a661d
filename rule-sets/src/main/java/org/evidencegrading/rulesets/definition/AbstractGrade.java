package org.evidencegrading.rulesets.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A grade of recommendation of a rule set, e.g. AAOS's Moderate. The rule set lists its grades
 * strongest first; that order is what "lower" means (for indirect evidence) and what the properties
 * compare.
 */
@Value.Immutable
@JsonSerialize(as = Grade.class)
@JsonDeserialize(as = Grade.class)
@JsonPropertyOrder({"id", "label", "meaning", "directional", "lowersTo", "wording", "source", "where", "unverified"})
abstract class AbstractGrade implements Cited {

  /** The grade as guideline files and rows name it, e.g. {@code B} or {@code MODERATE}. */
  public abstract String id();

  /** The grade in words, e.g. "Suggested"; the id where absent. */
  public abstract Optional<String> label();

  /** What the grade means, in the source's words. */
  public abstract String meaning();

  /**
   * Whether the grade is for or against the statement (NASS A, B, C) or neither (NASS I, AAOS
   * Inconclusive, a consensus or good practice statement, which rest on no direction of evidence).
   */
  @Value.Default
  public boolean directional() {
    return true;
  }

  /** The grade one step below, for evidence that applies only indirectly; absent: nothing is below. */
  public abstract Optional<String> lowersTo();

  /**
   * The standard wording of a statement of this grade: a statement of the grade uses at least one
   * of these phrases (matched whole, ignoring case). Empty: no standard wording.
   */
  public abstract ImmutableList<String> wording();

  /** "Suggested (B)", or the id. */
  public String name() {
    return label().map(label -> label + " (" + id() + ")").orElse(id());
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(!id().isBlank(), "a grade has an id");
    Preconditions.checkState(!meaning().isBlank(), "grade '%s' says what it means", id());
    for (String phrase : wording()) {
      Preconditions.checkState(!phrase.isBlank(), "grade '%s' has a blank wording phrase", id());
    }
  }
}
