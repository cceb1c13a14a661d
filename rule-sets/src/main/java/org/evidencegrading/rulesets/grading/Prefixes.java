package org.evidencegrading.rulesets.grading;

import java.util.Locale;
import org.evidencegrading.rulesets.definition.RuleSet;

/** The prefix of the ids of a rule set's own rules: its id in lower case, e.g. {@code aaos}. */
final class Prefixes {

  private Prefixes() {}

  static String of(RuleSet rules) {
    return rules.id().toLowerCase(Locale.ROOT);
  }
}
