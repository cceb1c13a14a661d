package org.evidencegrading.consumer;

import java.nio.file.Path;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.rulesets.RuleSetSystem;
import org.evidencegrading.rulesets.RuleSets;
import org.evidencegrading.system.GradingSystems;

/** What a user's code does with a rule set: load a shipped one and check a guideline graded by it. */
public final class RuleSetConsumer {

  private RuleSetConsumer() {}

  /** Reads and checks a guideline graded by a shipped rule set. */
  public static CheckReport check(String ruleSet, Path file) {
    GradingSystems systems = GradingSystems.installed().with(new RuleSetSystem(RuleSets.shipped(ruleSet)));
    return Checker.using(systems).run(GuidelineReader.using(systems).parse(file));
  }
}
