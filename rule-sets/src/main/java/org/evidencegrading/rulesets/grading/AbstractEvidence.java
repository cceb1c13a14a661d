package org.evidencegrading.rulesets.grading;

import java.util.Locale;
import org.evidencegrading.rulesets.model.Finding;
import org.immutables.value.Value;

/** One study of a body of evidence, as the grade sees it: its level, what it found, whether it applies only indirectly. */
@Value.Immutable
abstract class AbstractEvidence {

  @Value.Parameter
  public abstract String study();

  /** One of the rule set's levels. */
  @Value.Parameter
  public abstract String level();

  @Value.Parameter
  public abstract Finding finding();

  @Value.Parameter
  public abstract boolean indirect();

  /** "berenson-2011 (1+, supports)", with ", indirect" where it applies only indirectly. */
  @Override
  public String toString() {
    return study() + " (" + level() + ", " + finding().name().toLowerCase(Locale.ROOT) + (indirect() ? ", indirect" : "") + ")";
  }
}
