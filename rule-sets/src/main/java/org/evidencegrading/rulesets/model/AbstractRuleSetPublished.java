package org.evidencegrading.rulesets.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** What the guideline printed for a recommendation graded by a rule set. */
@Value.Immutable
@JsonSerialize(as = RuleSetPublished.class)
@JsonDeserialize(as = RuleSetPublished.class)
abstract class AbstractRuleSetPublished {

  /** One of the rule set's grades, as printed, e.g. {@code MODERATE}. */
  public abstract String grade();
}
