package org.evidencegrading.cli;

import java.util.Iterator;
import java.util.List;
import org.evidencegrading.rulesets.RuleSetSystem;
import org.evidencegrading.rulesets.RuleSets;
import org.evidencegrading.system.GradingSystems;

/**
 * The {@code --rules} options: a rule-set file, or the name of a rule set the library ships, made
 * a grading system and added to the installed ones (replacing one of the same id).
 */
final class RuleSetOptions {

  private RuleSetOptions() {}

  /** The names of the shipped rule sets, for help texts. */
  static final class Shipped implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return RuleSets.SHIPPED.iterator();
    }
  }

  /**
   * The grading system of a rule set named on the command line.
   *
   * @throws org.evidencegrading.io.InvalidDocumentException if it cannot be read or is not valid
   */
  static RuleSetSystem system(String fileOrName) {
    return new RuleSetSystem(RuleSets.resolve(fileOrName));
  }

  /** The installed systems with the rule sets' systems added (none may be given). */
  static GradingSystems registry(List<String> rules) {
    GradingSystems systems = GradingSystems.installed();
    for (String rule : rules == null ? List.<String>of() : rules) {
      systems = systems.with(system(rule));
    }
    return systems;
  }
}
