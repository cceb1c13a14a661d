package org.evidencegrading.rulesets.grading;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/** A grade a rule set permits besides the default, where it leaves discretion, and why. */
@Value.Immutable
@JsonSerialize(as = PermittedGrade.class)
@JsonPropertyOrder({"grade", "direction", "because"})
abstract class AbstractPermittedGrade {

  public abstract String grade();

  public abstract Optional<Direction> direction();

  /** The discretion: the clause that calls for judgment, or the indirect evidence. */
  public abstract String because();

  /** "A for". */
  @Override
  public String toString() {
    return grade() + direction().map(d -> " " + d.name().toLowerCase(Locale.ROOT)).orElse("");
  }
}
