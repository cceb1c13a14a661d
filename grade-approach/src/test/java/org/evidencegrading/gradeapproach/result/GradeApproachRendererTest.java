package org.evidencegrading.gradeapproach.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import org.evidencegrading.system.Table;
import org.evidencegrading.testing.TestResources;
import org.evidencegrading.check.RecommendationResult;
import org.junit.jupiter.api.Test;

class GradeApproachRendererTest {

  static final CheckReport REPORT = Checker.check(TestResources.path(GradeApproachRendererTest.class, "profiles.yaml"));
  static final Map<String, GradeApproachAssessment> RESULTS = REPORT.recommendations().stream()
      .collect(Collectors.toMap(RecommendationResult::id, result -> (GradeApproachAssessment) result.assessment()));

  @Test
  void headlinesARecommendation() {
    assertEquals(
        List.of(
            "statement: Consider offering X.",
            "certainty: derived ⊕OOO VERY_LOW, published ⊕⊕OO LOW: DISAGREES",
            "strength: derived CONDITIONAL FOR ↑, published CONDITIONAL FOR: agrees",
            "printed symbols: \"⊕⊕OO\" (LOW), \"↑\" (CONDITIONAL FOR)"),
        GradeApproachRenderer.headlines(RESULTS.get("recommendation")));
  }

  @Test
  void headlinesWhatCannotBeDerived() {
    assertEquals(
        List.of(
            "statement: Consider X or Y.",
            "certainty: derived ⊕⊕⊕O MODERATE, published not given: agrees",
            "strength: derived CONDITIONAL (no direction: the balance favors neither side), published not given: agrees"),
        GradeApproachRenderer.headlines(RESULTS.get("balanced")));
    assertEquals("strength: not derived (an evidence profile: no decision and no published strength), published AGAINST",
        GradeApproachRenderer.headlines(RESULTS.get("profile")).get(2));
    assertEquals("strength: not derived (no decision), published STRONG FOR", GradeApproachRenderer.headlines(RESULTS.get("without-decision")).get(2));
  }

  @Test
  void headlinesAGoodPracticeStatement() {
    assertEquals(
        List.of("statement: It is good practice to do Z.", "good practice: derived criteria not all met, published not given: agrees"),
        GradeApproachRenderer.headlines(RESULTS.get("good-practice")));
  }

  @Test
  void laysTheOutcomesOutAsASummaryOfFindingsTable() {
    List<Table> tables = GradeApproachRenderer.tables(RESULTS.get("recommendation"));

    assertEquals(1, tables.size());
    Table profile = tables.get(0);
    assertEquals("Evidence profile", profile.title());
    assertEquals(List.of("outcome", "importance", "studies", "risk of bias", "inconsistency", "indirectness", "imprecision",
        "publication bias", "upgrades", "certainty"), profile.headers());
    assertEquals(
        List.of(
            List.of("Pain (pain)", "9 critical", "1 RCT: trial-a", "serious (-1)", "very serious (-2)", "not serious",
                "not serious", "not serious", "none", "⊕OOO VERY_LOW (published ⊕⊕⊕O MODERATE)"),
            List.of("Function (function)", "5 important", "2 RCTs: trial-a, trial-b", "not serious", "not serious",
                "not serious", "not serious", "not serious", "none", "⊕⊕⊕⊕ HIGH"),
            List.of("Survival (survival)", "2 not important", "1 observational study: cohort-c", "not serious", "not serious",
                "not serious", "serious (-1)", "not serious",
                "large effect (+1), dose-response gradient (+1); not counted (rated down)", "⊕OOO VERY_LOW"),
            List.of("Harms (harms)", "7 critical", "3 non-randomized studies (ROBINS-I): nrs-d, nrs-e, nrs-f",
                "extremely serious (-3)", "not serious", "not serious", "not serious", "not serious", "none", "⊕OOO VERY_LOW")),
        profile.rows());
    assertEquals(List.of("Pain (pain)", "9 critical", "1 observational study: cohort-c", "not serious", "not serious",
            "not serious", "not serious", "not serious", "plausible residual confounding (+1)", "⊕⊕⊕O MODERATE"),
        GradeApproachRenderer.tables(RESULTS.get("balanced")).get(0).rows().get(0));
  }

  @Test
  void listsTheCriteriaOfAGoodPracticeStatement() {
    Table criteria = GradeApproachRenderer.tables(RESULTS.get("good-practice")).get(0);

    assertEquals("Good practice criteria", criteria.title());
    assertEquals(List.of("criterion", "met"), criteria.headers());
    assertEquals(List.of("yes", "yes", "NO", "yes", "yes"), criteria.rows().stream().map(row -> row.get(1)).toList());
    assertEquals("collecting and summarizing the evidence would be a poor use of the panel's resources", criteria.rows().get(2).get(0));
  }

  @Test
  void theTextAndMarkdownReportsShowTheProfile() {
    String text = ReportWriter.render(REPORT, ReportFormat.TEXT);
    assertTrue(text.contains("  evidence profile:\n    outcome              importance       studies"), text);
    assertTrue(text.contains("  good practice criteria:\n"), text);
    String markdown = ReportWriter.render(REPORT, ReportFormat.MARKDOWN);
    assertTrue(markdown.contains("**Evidence profile**\n\n| outcome | importance | studies | risk of bias | inconsistency |"
        + " indirectness | imprecision | publication bias | upgrades | certainty |\n"), markdown);
    assertTrue(markdown.contains("| Pain (pain) | 9 critical | 1 RCT: trial-a | serious (-1) | very serious (-2) |"), markdown);
  }
}
