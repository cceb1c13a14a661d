package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.check.Checker;
import org.evidencegrading.cli.EvidenceGradingCommand;
import org.evidencegrading.gradeapproach.certainty.OverallBasis;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriterion;
import org.evidencegrading.gradeapproach.model.RecommendationKind;
import org.evidencegrading.gradeapproach.result.GradeApproachAssessment;
import org.evidencegrading.gradeapproach.result.OutcomeResult;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Direction;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import org.junit.jupiter.api.Test;

/**
 * The Danish Health Authority's guideline on vertebral augmentation (Eur Spine J 2020;29:1573-1579),
 * as encoded in {@code guidelines/danish-vertebral-augmentation.yaml}, checked against itself.
 */
class DanishGuidelineTest {

  static final Path FILE = Path.of("guidelines/danish-vertebral-augmentation.yaml");
  static final Guideline GUIDELINE = GuidelineReader.read(FILE);
  static final CheckReport REPORT = Checker.check(GUIDELINE);
  static final Map<String, GradeApproachAssessment> RESULTS = REPORT.recommendations().stream()
      .collect(Collectors.toMap(RecommendationResult::id, result -> (GradeApproachAssessment) result.assessment()));

  @Test
  void holdsTheThreePicoQuestions() {
    assertEquals("GRADE", GUIDELINE.guideline().system());
    assertEquals(List.of("pico-1", "pico-2", "pico-3"), GUIDELINE.questions().stream().map(q -> q.id()).toList());
    assertEquals(List.of("pico-1-rec", "pico-2-rec", "pico-3-rec"), REPORT.recommendations().stream().map(r -> r.id()).toList());
    assertEquals(8, GUIDELINE.studies().size());
  }

  @Test
  void picoOneDerivesLowCertaintyAndARecommendationFor() {
    GradeApproachAssessment pico1 = RESULTS.get("pico-1-rec");

    assertEquals(RecommendationKind.RECOMMENDATION, pico1.kind());
    assertEquals(Optional.of(Certainty.LOW), pico1.derived().certainty());
    assertEquals(Optional.of(Direction.FOR), pico1.derived().direction());
    assertTrue(pico1.problems().stream().noneMatch(p -> p.code().equals("CERTAINTY_MISMATCH") || p.code().equals("DIRECTION_MISMATCH")));
    // One RCT rated down for risk of bias and imprecision: every outcome is low; pain, the only critical one, decides.
    assertEquals(List.of(Optional.of(Certainty.LOW)), pico1.outcomes().stream().map(OutcomeResult::certainty).distinct().toList());
    assertEquals("grade.overall.critical-outcomes", pico1.trace().steps().get(0).rule());
    assertEquals(OverallBasis.LOWEST.ruleId(), pico1.trace().steps().get(1).rule());
    assertEquals("p1-pain-vas-1m", pico1.trace().steps().get(1).inputs().get("outcome"));
  }

  @Test
  void picoTwoDerivesModerateCertaintyAndARecommendationFor() {
    GradeApproachAssessment pico2 = RESULTS.get("pico-2-rec");

    assertEquals(Optional.of(Certainty.MODERATE), pico2.derived().certainty());
    assertEquals(Optional.of(Direction.FOR), pico2.derived().direction());
    assertTrue(pico2.problems().stream().noneMatch(p -> p.code().equals("CERTAINTY_MISMATCH") || p.code().equals("DIRECTION_MISMATCH")));
    assertEquals(List.of(Optional.of(Certainty.MODERATE)), pico2.outcomes().stream().map(OutcomeResult::certainty).distinct().toList());
  }

  @Test
  void picoThreeIsAGoodPracticeStatementWhoseCriteriaAreNotAllMet() {
    GradeApproachAssessment pico3 = RESULTS.get("pico-3-rec");

    assertEquals(RecommendationKind.GOOD_PRACTICE_STATEMENT, pico3.kind());
    assertEquals(Optional.of(false), pico3.derived().goodPractice());
    assertEquals(Optional.empty(), pico3.derived().certainty());
    assertEquals(Optional.of(true), pico3.published().orElseThrow().goodPractice(), "published as good practice (√)");
    assertEquals(List.of(GoodPracticeCriterion.EVIDENCE_COLLECTION_POOR_USE_OF_RESOURCES),
        pico3.recommendation().goodPractice().orElseThrow().unmet());
  }

  @Test
  void reportsTheSourcesOwnContradictionsProblemByProblem() {
    // Table 3 prints "(⊕ OOO)", very low in its Table 1, after PICO 1 and 2, whose Comments say "overall low" and
    // "moderate"; and the fixture records that the evidence for PICO 3 was collected (see its comments).
    assertEquals(
        List.of(
            "ERROR SYMBOL_MISMATCH pico-1-rec: printed certainty symbol \"⊕ OOO\" means very low, but the published certainty"
                + " is low (⊕⊕OO)",
            "ERROR SYMBOL_MISMATCH pico-2-rec: printed certainty symbol \"⊕ OOO\" means very low, but the published certainty"
                + " is moderate (⊕⊕⊕O)",
            "WARNING GOOD_PRACTICE_CRITERIA_UNMET pico-3-rec: 1 of the 5 criteria of a good practice statement is not met:"
                + " collecting and summarizing the evidence would be a poor use of the panel's resources"),
        REPORT.problems().stream().map(DanishGuidelineTest::describe).toList());
    assertEquals(3, REPORT.summary().recommendations());
    // revision 2: an ERROR at a recommendation's symbols makes it disagree; unmet good practice criteria are a warning
    assertEquals(1, REPORT.summary().agreeing());
    assertEquals(2, REPORT.summary().disagreeing());
    assertEquals(2, REPORT.summary().errors());
    assertEquals(1, REPORT.summary().warnings());
  }

  @Test
  void theTextReportEndsWithTheProblemsAndTheSummary() {
    String text = ReportWriter.render(REPORT, ReportFormat.TEXT);
    assertTrue(text.endsWith("""
        problems:
          ERROR SYMBOL_MISMATCH at pico-1-rec: printed certainty symbol "⊕ OOO" means very low, but the
            published certainty is low (⊕⊕OO)
          ERROR SYMBOL_MISMATCH at pico-2-rec: printed certainty symbol "⊕ OOO" means very low, but the
            published certainty is moderate (⊕⊕⊕O)
          WARNING GOOD_PRACTICE_CRITERIA_UNMET at pico-3-rec: 1 of the 5 criteria of a good practice
            statement is not met: collecting and summarizing the evidence would be a poor use of the panel's
            resources

        summary: 3 recommendations, 1 agree, 2 disagree, 1 with warnings; 2 errors, 1 warnings, 0 infos
        """), text);
    assertTrue(text.contains("  certainty: derived ⊕⊕OO LOW, published low: agrees\n"), text);
    assertTrue(text.contains("    Pain (VAS) at 1 month (p1-pain-vas-1m)  "), text);
  }

  @Test
  void theCommandExitsWithStatusOneForTheErrors() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = EvidenceGradingCommand.run(new String[] {"check", FILE.toString(), "--format", "json"},
        new PrintWriter(out, true), new PrintWriter(err, true));

    assertEquals(1, status, err.toString());
    assertEquals("", err.toString());
    assertTrue(out.toString().contains("\"certaintySymbol\": \"⊕ OOO\""), out.toString());
  }

  @Test
  void theJsonReportHasTheKeysTheFileFormatNames() throws IOException {
    JsonNode json = Mappers.json().readTree(ReportWriter.render(REPORT, ReportFormat.JSON));
    assertEquals("dha-vertebral-augmentation-2020", json.at("/guideline/id").asText());
    assertEquals("GRADE", json.at("/guideline/system").asText());

    JsonNode pico1 = json.at("/recommendations/0");
    assertEquals(List.of("id", "question", "derived", "published", "agrees", "explanation", "trace", "kind", "outcomes", "decision"),
        keys(pico1));
    assertEquals("pico-1-rec", pico1.get("id").asText());
    assertEquals("pico-1", pico1.get("question").asText());
    assertEquals(List.of("certainty", "direction"), keys(pico1.get("derived")));
    assertEquals("LOW", pico1.at("/derived/certainty").asText());
    assertEquals("FOR", pico1.at("/derived/direction").asText());
    assertEquals("LOW", pico1.at("/published/certainty").asText());
    assertEquals("⊕ OOO", pico1.at("/published/certaintySymbol").asText());
    assertEquals("↑", pico1.at("/published/symbol").asText());
    assertFalse(pico1.get("agrees").asBoolean(), "revision 2: its printed symbol contradicts its words");
    assertEquals(6, pico1.get("explanation").size());
    JsonNode pain = pico1.at("/outcomes/0");
    assertTrue(keys(pain).containsAll(List.of("id", "certainty", "publishedCertainty", "agrees")), keys(pain).toString());
    assertEquals("p1-pain-vas-1m", pain.get("id").asText());
    assertEquals("LOW", pain.get("certainty").asText());
    assertTrue(pain.get("publishedCertainty").isNull());
    assertTrue(pain.get("agrees").isNull());
    assertEquals(5, pico1.get("outcomes").size());

    assertEquals("MODERATE", json.at("/recommendations/1/derived/certainty").asText());
    JsonNode pico3 = json.at("/recommendations/2");
    assertEquals(List.of("goodPractice"), keys(pico3.get("derived")));
    assertEquals(false, pico3.at("/derived/goodPractice").asBoolean());
    assertEquals(true, pico3.at("/published/goodPractice").asBoolean());
    assertEquals(true, pico3.get("agrees").asBoolean(), "unmet criteria are a warning");

    assertEquals(List.of("severity", "code", "at", "message"), keys(json.at("/problems/0")));
    assertEquals("SYMBOL_MISMATCH", json.at("/problems/0/code").asText());
    assertEquals("GOOD_PRACTICE_CRITERIA_UNMET", json.at("/problems/2/code").asText());
    assertEquals(List.of("recommendations", "agreeing", "disagreeing", "withWarnings", "errors", "warnings", "infos"), keys(json.get("summary")));
    assertEquals(2, json.at("/summary/errors").asInt());
  }

  private static List<String> keys(JsonNode node) {
    return ImmutableList.copyOf(node.fieldNames());
  }

  private static String describe(Problem problem) {
    return problem.severity() + " " + problem.code() + " " + problem.at() + problem.item().map(i -> " " + i).orElse("")
        + ": " + problem.message();
  }
}
