package org.evidencegrading.rulesets.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.rulesets.RuleSetSystem;
import org.evidencegrading.rulesets.RuleSets;
import org.evidencegrading.system.GradingSystems;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;

/**
 * A rule-set guideline compared under its own rule set and another. The NASS guideline under NASS
 * 2024 and AAOS is compared in the examples module ({@code NassComparisonTest}), where the NASS
 * system that reads it is installed.
 */
class ComparisonTest {

  @Test
  void aRuleSetGuidelineKeepsItsPrintedLevelsUnderItsOwnRuleSet() {
    RuleSetSystem sign = new RuleSetSystem(RuleSets.shipped("sign-50"));
    GradingSystems systems = GradingSystems.installed().with(sign);
    Guideline guideline = GuidelineReader.using(systems).parse(TestResources.path(getClass(), "sign-printed.yaml"));
    Comparison comparison = Comparison.of(guideline, List.of(sign, new RuleSetSystem(RuleSets.shipped("aaos"))));

    SystemGrade underSign = comparison.recommendations().get(0).grades().get(0);
    SystemGrade underAaos = comparison.recommendations().get(0).grades().get(1);
    assertEquals(List.of("s1 2+ printed"), underSign.levels().stream().map(l -> l.study() + " " + l.level().orElse("-") + " " + l.how()).toList());
    assertEquals("C for", underSign.grade().toString());
    assertEquals("MODERATE", underAaos.levels().get(0).level().orElseThrow(), "AAOS maps the prospective cohort through its own table");
  }
}
