package org.evidencegrading.cli;

import static org.evidencegrading.cli.EvidenceGradingCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.evidencegrading.cli.EvidenceGradingCommandTest.Run;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;

/** {@code --rules} on check and properties, and {@code compare}. */
class RuleSetCommandsTest {

  private static final String AAOS_GUIDELINE = "../examples/guidelines/aaos-knee-osteoarthritis-2013.yaml";
  private static final String NASS_GUIDELINE = "../examples/guidelines/nass-neoplastic-vertebral-fractures.yaml";

  private String file(String name) {
    return TestResources.path(getClass(), name).toString();
  }

  @Test
  void checksAGuidelineGradedByAShippedRuleSet() {
    Run run = run("check", "--rules", "aaos", AAOS_GUIDELINE);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("grade: derived STRONG for (row aaos.strong.two-high), published STRONG: agrees"), run.out());
    assertTrue(run.out().endsWith("summary: 3 recommendations, 3 agree, 0 disagree, 0 with warnings; 0 errors, 0 warnings, 5 infos\n"), run.out());
  }

  @Test
  void namesTheSystemOfAGuidelineWhoseRuleSetIsNotGiven() {
    Run run = run("check", AAOS_GUIDELINE);
    assertEquals(2, run.status());
    assertTrue(run.err().contains("guideline.system: unknown grading system 'AAOS' (expected one of: GRADE, NASS)"), run.err());
  }

  @Test
  void exitsTwoWithLocatedErrorsForAnInvalidRuleSet() {
    Run run = run("check", "--rules", file("bad-rules.yaml"), AAOS_GUIDELINE);
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(file("bad-rules.yaml") + ":15:13: rows[0].grade: unknown grade 'AA' (expected one of: A)\n"), run.err());
  }

  @Test
  void validatesARuleSetAndReportsItsDefectsWithTheSmallestCounterexample() {
    Run run = run("properties", "--rules", file("gap.yaml"));
    assertEquals(1, run.status(), run.err());
    assertTrue(run.out().startsWith("Properties of the GAP rules\n"), run.out());
    assertTrue(run.out().contains("  FAILS no-gaps (56 cases): some row grades every body of evidence (or says on purpose that it gets no grade)\n"
        + "        counterexample [I+]: no row holds: GAP gives it no grade\n"), run.out());
    assertEquals(0, run("properties", "--rules", "nass-2024").status());
  }

  @Test
  void takesEitherASystemOrARuleSet() {
    assertEquals(2, run("properties").status());
    Run both = run("properties", "--system", "NASS", "--rules", "aaos");
    assertEquals(2, both.status());
    assertTrue(both.err().contains("give either --system or --rules"), both.err());
    Run invalid = run("properties", "--rules", file("bad-rules.yaml"));
    assertEquals(2, invalid.status());
    assertTrue(invalid.err().contains("rows[0].grade: unknown grade 'AA'"), invalid.err());
  }

  @Test
  void comparesTheSameEvidenceUnderTwoRuleSets() {
    Run run = run("compare", "--rules", "nass-2024", "--rules", "aaos", NASS_GUIDELINE);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Comparing NASS-2024 and AAOS on guideline nass-nvf-2024 (system NASS)\n"), run.out());
    assertTrue(run.out().contains("  interventional-3a     B          B for [2]  LIMITED for [3]              DIFFER\n"), run.out());
    assertTrue(run.out().contains("    AAOS gives LIMITED for: row aaos.limited.two-low, \"2 LOW quality studies\": yao-2017 (LOW), hentschel-2005 (LOW)\n"),
        run.out());
    assertTrue(run.out().contains("20 recommendations: 20 compared, 10 the same, 10 differ, 0 not compared"), run.out());
  }

  @Test
  void writesTheComparisonAsJson() throws IOException {
    Run run = run("compare", "--rules", "nass-2024", "--rules", "sign-50", "--format", "json", NASS_GUIDELINE);
    assertEquals(0, run.status(), run.err());
    JsonNode comparison = Mappers.json().readTree(run.out());
    assertEquals("NASS-2024", comparison.path("systems").path(0).asText());
    assertEquals(20, comparison.path("compared").asInt());
    assertEquals("SIGN-50", comparison.path("recommendations").path(0).path("grades").path(1).path("system").asText());
  }

  @Test
  void needsTwoRuleSetsToCompare() {
    Run run = run("compare", "--rules", "aaos", NASS_GUIDELINE);
    assertEquals(2, run.status());
    assertTrue(run.err().contains("compare needs two or more --rules, not 1"), run.err());
  }
}
