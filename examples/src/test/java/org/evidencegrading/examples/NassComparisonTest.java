package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.rulesets.RuleSetSystem;
import org.evidencegrading.rulesets.RuleSets;
import org.evidencegrading.rulesets.compare.ComparedRecommendation;
import org.evidencegrading.rulesets.compare.Comparison;
import org.evidencegrading.rulesets.compare.ComparisonWriter;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The NASS guideline on neoplastic vertebral fractures under NASS 2024 and AAOS: the NASS 2024 rule
 * set, which shares NASS's levels, reproduces every published grade from the printed levels; AAOS,
 * mapping each study through its own table, differs where the table gives diagnostic studies, case
 * series and designs that do not say how strong a study is no quality.
 */
class NassComparisonTest {

  private static final Guideline NASS = GuidelineReader.read(Path.of("guidelines/nass-neoplastic-vertebral-fractures.yaml"));

  private static Comparison compare(Guideline guideline, String... ruleSets) {
    return Comparison.of(guideline, List.of(ruleSets).stream().map(name -> new RuleSetSystem(RuleSets.shipped(name))).toList());
  }

  @Test
  void theNass2024RuleSetReproducesEveryPublishedGradeOfTheNassGuideline() {
    Comparison comparison = compare(NASS, "nass-2024", "aaos");

    for (ComparedRecommendation recommendation : comparison.recommendations()) {
      assertEquals(recommendation.published(), recommendation.grades().get(0).grade().grade(), recommendation::toString);
    }
    assertEquals(List.of(20L, 10L, 10L, 0L), List.of(comparison.compared(), comparison.same(), comparison.different(), comparison.skipped()));
  }

  @Test
  void saysWhereAndWhyTheRuleSetsDiffer() {
    ComparedRecommendation interventional3a = compare(NASS, "nass-2024", "aaos").recommendations().stream()
        .filter(r -> r.id().equals("interventional-3a")).findFirst().orElseThrow();

    assertEquals(List.of(
            "NASS-2024 gives B for: row nass.linking.b.two-level-ii-iii, \"two or more consistent Level II or III studies\":"
                + " molloy-2016 (II), yao-2017 (II), cianfoni-2015 (II), hentschel-2005 (III)",
            "AAOS gives LIMITED for: row aaos.limited.two-low, \"2 LOW quality studies\": yao-2017 (LOW), hentschel-2005 (LOW)",
            "molloy-2016: NASS-2024 II (printed); AAOS no level (levels table gives a PROGNOSTIC RETROSPECTIVE_CASE_SERIES study no level:"
                + " case series and expert opinion are not graded as studies (AAOS's Consensus is \"Expert opinion (no studies)\"))",
            "delpla-2019: NASS-2024 II (printed); AAOS no level (levels table gives a PROGNOSTIC RETROSPECTIVE_CASE_SERIES study no level:"
                + " case series and expert opinion are not graded as studies (AAOS's Consensus is \"Expert opinion (no studies)\"))",
            "cianfoni-2015: NASS-2024 II (printed); AAOS no level (levels table gives a PROGNOSTIC RETROSPECTIVE_UNSPECIFIED study no level:"
                + " the design alone does not say how strong the study is)"),
        interventional3a.differences());
    assertTrue(interventional3a.differ());
  }

  @Test
  void listsRecommendationsWithoutAppraisalsAsNotCompared() {
    Guideline consensus = GuidelineReader.read(TestResources.path(getClass(), "consensus.yaml"));
    Comparison comparison = compare(consensus, "nass-2024", "sign-50");

    assertEquals("a consensus statement: no appraisals to grade", comparison.recommendations().get(0).skipped().orElseThrow());
    assertEquals(1, comparison.skipped());
    String text = ComparisonWriter.text(comparison);
    assertTrue(text.contains("  q1a             CONSENSUS  -          -        not compared: a consensus statement: no appraisals to grade\n"), text);
    assertTrue(ComparisonWriter.markdown(comparison).startsWith("## Comparing NASS-2024 and SIGN-50 on guideline consensus-only"),
        ComparisonWriter.markdown(comparison));
  }
}
