package org.evidencegrading.gradeapproach.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import org.evidencegrading.system.Table;
import org.evidencegrading.testing.TestResources;
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
            "certainty: derived ⊕OOO VERY_LOW, published low: DISAGREES",
            "direction: derived FOR (from the balance of effects), published FOR",
            "strength: published conditional (the panel's judgment: not derived, checked against GRADE's guidance)",
            "printed symbols: \"⊕⊕OO\" (LOW), \"↑\" (CONDITIONAL FOR)"),
        GradeApproachRenderer.headlines(RESULTS.get("recommendation")));
  }

  @Test
  void headlinesWhatCannotBeDerived() {
    assertEquals(
        List.of(
            "statement: Consider X or Y.",
            "certainty: derived ⊕⊕⊕O MODERATE, published not given",
            "direction: not derived (no balance of effects favoring a side), published not given",
            "strength: published not given (the panel's judgment: not derived, checked against GRADE's guidance)"),
        GradeApproachRenderer.headlines(RESULTS.get("balanced")));
    assertEquals(
        List.of(
            "statement: Pain with X compared with Y.",
            "certainty: derived ⊕⊕⊕⊕ HIGH, published not given",
            "recommendation: none (an evidence profile: no decision and no published strength)"),
        GradeApproachRenderer.headlines(RESULTS.get("profile")));
    assertEquals("direction: not derived (no balance of effects favoring a side), published FOR",
        GradeApproachRenderer.headlines(RESULTS.get("without-decision")).get(2));
    assertEquals(
        List.of(
            "statement: No recommendation for or against W.",
            "certainty: not derived (no outcomes), published very low",
            "no recommendation: the panel declined to recommend (\"the trials were too few and too small\")"),
        GradeApproachRenderer.headlines(RESULTS.get("declined")));
  }

  @Test
  void headlinesAGoodPracticeStatement() {
    assertEquals(List.of("statement: It is good practice to do Z.", "good practice: 1 of the five criteria not met, published not given"),
        GradeApproachRenderer.headlines(RESULTS.get("good-practice")));
  }

  @Test
  void laysTheOutcomesOutAsASummaryOfFindingsTableWithTheReasonsAsFootnotes() {
    List<Table> tables = GradeApproachRenderer.tables(RESULTS.get("recommendation"));

    assertEquals(2, tables.size());
    Table profile = tables.get(0);
    assertEquals("Evidence profile", profile.title());
    assertEquals(List.of("outcome", "importance", "studies", "risk of bias", "inconsistency", "indirectness", "imprecision",
        "publication bias", "upgrades", "certainty"), profile.headers());
    assertEquals(
        List.of(
            List.of("Pain (pain)", "9 critical [a]", "1 RCT: trial-a", "serious (-1) [b]", "very serious (-2) [c]", "not serious",
                "not serious", "not serious", "none", "⊕OOO VERY_LOW (published moderate)"),
            List.of("Function (function)", "5 important", "2 RCTs: trial-a, trial-b", "not serious", "not serious",
                "not serious", "not serious", "not serious", "none", "⊕⊕⊕⊕ HIGH"),
            List.of("Survival (survival)", "2 not important", "1 observational study: cohort-c", "not serious", "not serious",
                "not serious", "serious (-1)", "not serious",
                "large effect (+1), dose-response gradient (+1); not counted (rated down)",
                "⊕OOO VERY_LOW (also permitted: ⊕⊕⊕O MODERATE; published ⨁⨁⨁◯ (moderate))"),
            List.of("Harms (harms)", "7 critical", "3 non-randomized studies (ROBINS-I): nrs-d, nrs-e, nrs-f",
                "extremely serious (-3)", "not serious", "not serious", "not serious", "not serious", "none", "⊕OOO VERY_LOW"),
            List.of("Mortality (mortality)", "8 critical", "no evidence [d]", "-", "-", "-", "-", "-", "-", "no evidence")),
        profile.rows());
    assertEquals(
        List.of(
            "a: \"the primary outcome\"",
            "b: inferred by the encoder, not read in the source",
            "c: \"I² = 85%, unexplained\"",
            "d: \"no trial reported deaths\""),
        profile.notes());
    assertEquals(List.of("Pain (pain)", "9 critical", "1 observational study: cohort-c", "not serious", "not serious",
            "not serious", "not serious", "not serious", "plausible residual confounding (+1)", "⊕⊕⊕O MODERATE"),
        GradeApproachRenderer.tables(RESULTS.get("balanced")).get(0).rows().get(0));
  }

  @Test
  void listsTheEvidenceToDecisionJudgments() {
    Table decision = GradeApproachRenderer.tables(RESULTS.get("recommendation")).get(1);
    assertEquals("Evidence to decision", decision.title());
    assertEquals(
        List.of(
            List.of("values", "no important uncertainty or variability [a]"),
            List.of("balance of effects", "probably favors intervention [b]"),
            List.of("feasibility", "probably yes")),
        decision.rows());
    assertEquals(List.of("a: inferred by the encoder, not read in the source", "b: \"a moderate benefit on pain, harms uncertain\""),
        decision.notes());
  }

  @Test
  void listsTheCriteriaOfAGoodPracticeStatement() {
    Table criteria = GradeApproachRenderer.tables(RESULTS.get("good-practice")).get(0);

    assertEquals("Good practice criteria", criteria.title());
    assertEquals(List.of("criterion", "met"), criteria.headers());
    assertEquals(List.of("yes", "yes", "NO [a]", "yes", "yes"), criteria.rows().stream().map(row -> row.get(1)).toList());
    assertEquals("collecting and summarizing the evidence would be a poor use of the panel's resources", criteria.rows().get(2).get(0));
    assertEquals(List.of("a: \"two cohort studies were found and used\""), criteria.notes());
  }

  @Test
  void theTextAndMarkdownReportsShowTheProfileAndItsFootnotes() {
    String text = ReportWriter.render(REPORT, ReportFormat.TEXT);
    assertTrue(text.contains("  evidence profile:\n    outcome                importance       studies"), text);
    assertTrue(text.contains("  good practice criteria:\n"), text);
    String markdown = ReportWriter.render(REPORT, ReportFormat.MARKDOWN);
    assertTrue(markdown.contains("**Evidence profile**\n\n| outcome | importance | studies | risk of bias | inconsistency |"
        + " indirectness | imprecision | publication bias | upgrades | certainty |\n"), markdown);
    assertTrue(markdown.contains("| Pain (pain) | 9 critical \\[a] | 1 RCT: trial-a | serious (-1) \\[b] | very serious (-2) \\[c] |"),
        markdown);
    assertTrue(markdown.contains("\n- a: \"the primary outcome\"\n- b: inferred by the encoder, not read in the source\n"), markdown);
    assertTrue(text.contains("    d: \"no trial reported deaths\"\n"), text);
  }
}
