package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.rulesets.RuleSetSystem;
import org.evidencegrading.rulesets.RuleSets;
import org.evidencegrading.rulesets.result.RuleSetAssessment;
import org.evidencegrading.system.GradingSystems;
import org.junit.jupiter.api.Test;

/**
 * The guideline fixtures graded by the shipped rule sets: three AAOS recommendations (the knee
 * osteoarthritis guideline, 2013) and the NASS 2024 evidence for vertebral augmentation under SIGN
 * 50. Each grade is what the fixture's comments say it is, from the source's own definitions.
 */
class RuleSetGuidelinesTest {

  private static CheckReport check(String ruleSet, String guideline) {
    GradingSystems systems = GradingSystems.installed().with(new RuleSetSystem(RuleSets.shipped(ruleSet)));
    return Checker.using(systems).run(GuidelineReader.using(systems).parse(Path.of("guidelines", guideline)));
  }

  private static List<String> derived(CheckReport report) {
    return report.recommendations().stream().map(r -> r.id() + ": " + r.assessment().derived()).toList();
  }

  @Test
  void aaosStrengthsFollowFromTheirDefinitions() {
    CheckReport report = check("aaos", "aaos-knee-osteoarthritis-2013.yaml");

    assertEquals(List.of("recommendation-1: STRONG for", "recommendation-2: MODERATE for", "recommendation-3b: INCONCLUSIVE"),
        derived(report));
    assertEquals(3, report.summary().agreeing());
    // Every grade rests on stand-in studies, and the report says so.
    assertEquals(List.of("RESTS_ON_INFERRED"),
        report.problems().stream().map(Problem::code).distinct().toList());
  }

  @Test
  void theNassEvidenceForVertebralAugmentationUnderSign50() {
    CheckReport report = check("sign-50", "vertebral-augmentation-under-sign-50.yaml");

    // Yang's RCT, with no shortcoming stated, is 1++: "at least one ... RCT rated as 1++" is grade A.
    // Berenson alone, downgraded to 1+, is A only in the group's judgment ("consisting principally
    // of studies rated as 1+"): no grade without it.
    assertEquals(List.of("interventional-2a: A for", "medical-treatment-3a: none (or A for)"), derived(report));
    RecommendationResult first = report.recommendations().get(0);
    assertEquals(List.of("berenson-2011: 1+", "yang-2012: 1++", "malhotra-2016: 2+"),
        ((RuleSetAssessment) first.assessment()).appraisals().stream()
            .map(a -> a.study() + ": " + a.gradingLevel().orElseThrow()).toList());
  }

  @Test
  void theApiExampleChecksWithAShippedRuleSet() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ApiExample.checkWithARuleSet(Path.of("guidelines", "aaos-knee-osteoarthritis-2013.yaml"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals("AAOS: Summary{recommendations=3, agreeing=3, disagreeing=0, withWarnings=0, errors=0, warnings=0, infos=5}\n"
        + "every property holds\n", bytes.toString(StandardCharsets.UTF_8));
  }
}
