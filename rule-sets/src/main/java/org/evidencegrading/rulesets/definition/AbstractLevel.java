package org.evidencegrading.rulesets.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import java.util.Optional;
import org.immutables.value.Value;

/** A level of evidence of a rule set, e.g. SIGN's {@code 1+}. The rule set lists its levels best first. */
@Value.Immutable
@JsonSerialize(as = Level.class)
@JsonDeserialize(as = Level.class)
@JsonPropertyOrder({"id", "label", "meaning", "supportsGrades"})
abstract class AbstractLevel {

  /** The level as guideline files and rows name it, e.g. {@code II} or {@code 1++}. */
  public abstract String id();

  /** The level in words, e.g. "Level II"; the id where absent. */
  public abstract Optional<String> label();

  /** What the level stands for, as the source defines it. */
  public abstract Optional<String> meaning();

  /**
   * Whether studies of this level may count towards a grade at all. A level that supports no grade
   * (SIGN's 1− and 2−) is set aside before the rows are applied, and the trace says so.
   */
  @Value.Default
  public boolean supportsGrades() {
    return true;
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(!id().isBlank(), "a level has an id");
  }
}
