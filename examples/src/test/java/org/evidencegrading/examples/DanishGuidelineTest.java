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
import java.util.stream.Collectors;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.cli.EvidenceGradingCommand;
import org.evidencegrading.gradeapproach.certainty.OverallBasis;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriterion;
import org.evidencegrading.gradeapproach.model.GradeApproachRecommendation;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.RecommendationKind;
import org.evidencegrading.gradeapproach.result.GradeApproachAssessment;
import org.evidencegrading.gradeapproach.result.OutcomeResult;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Direction;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import org.junit.jupiter.api.Test;

/**
 * The Danish Health Authority's guideline on vertebral augmentation (Eur Spine J 2020;29:1573-1579),
 * as encoded in {@code guidelines/danish-vertebral-augmentation.yaml}, checked against itself. The
 * fixture's header lists what the checker finds in the source; each finding is asserted here.
 */
class DanishGuidelineTest {

  static final Path FILE = Path.of("guidelines/danish-vertebral-augmentation.yaml");
  static final Guideline GUIDELINE = GuidelineReader.read(FILE);
  static final CheckReport REPORT = Checker.check(GUIDELINE);
  static final Map<String, GradeApproachAssessment> RESULTS = REPORT.recommendations().stream()
      .collect(Collectors.toMap(RecommendationResult::id, result -> (GradeApproachAssessment) result.assessment()));

  private static List<String> notInfo(String recommendation) {
    return RESULTS.get(recommendation).problems().stream()
        .filter(problem -> problem.severity() != Severity.INFO)
        .map(DanishGuidelineTest::describe)
        .toList();
  }

  @Test
  void holdsTheThreePicoQuestions() {
    assertEquals("GRADE", GUIDELINE.guideline().system());
    assertEquals(List.of("pico-1", "pico-2", "pico-3"), GUIDELINE.questions().stream().map(q -> q.id()).toList());
    assertEquals(List.of("pico-1-rec", "pico-2-rec", "pico-3-rec"), REPORT.recommendations().stream().map(r -> r.id()).toList());
    assertEquals(8, GUIDELINE.studies().size());
  }

  @Test
  void picoOneDerivesTheLowCertaintyItsCommentStatesAndTheDirectionItPrints() {
    GradeApproachAssessment pico1 = RESULTS.get("pico-1-rec");

    assertEquals(RecommendationKind.RECOMMENDATION, pico1.kind());
    assertEquals(Optional.of(Certainty.LOW), pico1.derived().certainty());
    assertEquals(Optional.of(Direction.FOR), pico1.derived().direction());
    // One RCT rated down for risk of bias and imprecision: every outcome is low; pain, the only critical one, decides.
    assertEquals(List.of(Optional.of(Certainty.LOW)), pico1.outcomes().stream().map(OutcomeResult::certainty).distinct().toList());
    assertEquals(OverallBasis.LOWEST.ruleId(), pico1.trace().steps().get(1).rule());
    assertEquals("p1-pain-vas-1m", pico1.trace().steps().get(1).inputs().get("outcome"));
    assertEquals(List.of("ERROR SYMBOL_MISMATCH pico-1-rec: printed certainty symbol \"⊕ OOO\" means very low, but the published"
        + " certainty is low (⊕⊕OO)"), notInfo("pico-1-rec"));
  }

  @Test
  void picoTwosStatedModerateCertaintyDoesNotFollowFromTheRiskOfBiasItsCommentNames() {
    GradeApproachAssessment pico2 = RESULTS.get("pico-2-rec");
    Outcome pain = ((GradeApproachRecommendation) GUIDELINE.questions().get(1).recommendations().get(0)).outcomes().get(0);

    assertEquals(Optional.of(Concern.SERIOUS), pain.riskOfBias(), "both trials had two domains at high risk of bias");
    assertTrue(pain.isInferred("riskOfBias"), "the Comment does not say it rated down for them");
    assertFalse(pain.isInferred("imprecision"), "the Comment names imprecision as the reason it downgraded");
    assertEquals(Optional.of(Certainty.LOW), pico2.derived().certainty());
    assertEquals(Optional.of(Direction.FOR), pico2.derived().direction());
    assertEquals(
        List.of(
            "ERROR CERTAINTY_MISMATCH pico-2-rec: overall certainty derived ⊕⊕OO LOW (the lowest certainty among the critical outcomes"
                + " counts, low of p2-pain-vas-1m) but published moderate",
            "ERROR SYMBOL_MISMATCH pico-2-rec: printed certainty symbol \"⊕ OOO\" means very low, but the published certainty is"
                + " moderate (⊕⊕⊕O)"),
        notInfo("pico-2-rec"));
    assertTrue(pico2.problems().stream().anyMatch(problem -> problem.code().equals("RESTS_ON_INFERRED")
        && problem.item().equals(Optional.of("p2-pain-vas-1m"))
        && problem.message().contains("riskOfBias (\"both studies contained two domains with high risk of bias in the quality"
            + " assessment\")")), "the error rests on the inferred risk of bias, and the report says so");
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
    assertEquals(List.of("WARNING GOOD_PRACTICE_CRITERIA_UNMET pico-3-rec: 1 of the 5 criteria of a good practice statement is"
        + " not met: collecting and summarizing the evidence would be a poor use of the panel's resources"), notInfo("pico-3-rec"));
  }

  @Test
  void everyResultRestingOnAnInferredValueSaysSo() {
    List<Problem> infos = REPORT.problems().stream().filter(problem -> problem.severity() == Severity.INFO).toList();
    assertTrue(infos.stream().allMatch(problem -> problem.code().equals("RESTS_ON_INFERRED")), infos::toString);
    assertEquals(
        List.of("pico-1-rec (p1-pain-vas-1m)", "pico-1-rec (p1-kps-1m)", "pico-1-rec (p1-rdq-1m)", "pico-1-rec (p1-sf36-1m)",
            "pico-1-rec (p1-adverse-events)", "pico-1-rec", "pico-2-rec (p2-pain-vas-1m)", "pico-2-rec (p2-kps-1m)",
            "pico-2-rec (p2-rdq-1m)", "pico-2-rec (p2-odi-6m)", "pico-2-rec (p2-sf36-1m)", "pico-2-rec", "pico-3-rec"),
        infos.stream().map(Problem::where).toList());
    assertEquals("the check against the evidence-to-decision judgments rests on inferred values priority (\"Reduction in pain for these"
        + " patients is of great importance.\"), valuesVariability (\"Reduction in pain for these patients is of great importance.\"),"
        + " balance (\"Clinically relevant effect in favor of KP ... We found no increased risk of side effects or serious adverse"
        + " events\"), acceptability (\"We expect that the majority of patients with malignant disease and painful vertebral lesions"
        + " will accept cemental augmentation.\") (the encoder's reading, not the source's words)", infos.get(5).message());
  }

  @Test
  void theSummaryCountsTheSourcesContradictionsAsErrorsAndItsJudgmentsAsWarnings() {
    assertEquals(3, REPORT.summary().recommendations());
    assertEquals(1, REPORT.summary().agreeing());
    assertEquals(2, REPORT.summary().disagreeing());
    assertEquals(1, REPORT.summary().withWarnings());
    assertEquals(3, REPORT.summary().errors());
    assertEquals(1, REPORT.summary().warnings());
    assertEquals(13, REPORT.summary().infos());
  }

  @Test
  void theTextReportShowsTheReasonsAsFootnotesAndEndsWithTheSummary() {
    String text = ReportWriter.render(REPORT, ReportFormat.TEXT);
    assertTrue(text.endsWith("summary: 3 recommendations, 1 agree, 2 disagree, 1 with warnings; 3 errors, 1 warnings, 13 infos\n"), text);
    assertTrue(text.contains("  certainty: derived ⊕⊕OO LOW, published low: agrees\n"), text);
    assertTrue(text.contains("  certainty: derived ⊕⊕OO LOW, published moderate: DISAGREES\n"), text);
    assertTrue(text.contains("    Pain (VAS) at 1 month (p1-pain-vas-1m)  "), text);
    assertTrue(text.contains("    a: inferred by the encoder, not read in the source (the source: \"pain was determined to be the"
        + " primary outcome measure\")\n"), text);
    assertTrue(text.contains("  evidence to decision:\n"), text);
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
    assertEquals(List.of("certainty", "direction"), keys(pico1.get("derived")), "the strength is the panel's: not derived");
    assertEquals("LOW", pico1.at("/derived/certainty").asText());
    assertEquals("FOR", pico1.at("/derived/direction").asText());
    assertEquals("LOW", pico1.at("/published/certainty").asText());
    assertEquals("⊕ OOO", pico1.at("/published/certaintySymbol").asText());
    assertEquals("↑", pico1.at("/published/symbol").asText());
    assertFalse(pico1.get("agrees").asBoolean(), "revision 2: its printed symbol contradicts its words");
    JsonNode pain = pico1.at("/outcomes/0");
    assertTrue(keys(pain).containsAll(List.of("id", "certainty", "publishedCertainty", "agrees", "reasons", "inferred")), keys(pain).toString());
    assertEquals("p1-pain-vas-1m", pain.get("id").asText());
    assertEquals("LOW", pain.get("certainty").asText());
    assertTrue(pain.get("publishedCertainty").isNull());
    assertTrue(pain.get("agrees").isNull());
    assertEquals("the lack of randomized controlled trials", pain.at("/reasons/imprecision").asText());
    assertEquals(5, pico1.get("outcomes").size());
    assertEquals("PROBABLY_FAVORS_INTERVENTION", pico1.at("/decision/balance").asText());

    assertEquals("LOW", json.at("/recommendations/1/derived/certainty").asText());
    JsonNode pico3 = json.at("/recommendations/2");
    assertEquals(List.of("goodPractice"), keys(pico3.get("derived")));
    assertEquals(false, pico3.at("/derived/goodPractice").asBoolean());
    assertEquals(true, pico3.at("/published/goodPractice").asBoolean());
    assertEquals(true, pico3.get("agrees").asBoolean(), "unmet criteria are a warning");

    assertEquals(List.of("severity", "code", "at", "item", "message"), keys(json.at("/problems/0")));
    assertEquals(List.of("recommendations", "agreeing", "disagreeing", "withWarnings", "errors", "warnings", "infos"), keys(json.get("summary")));
    assertEquals(3, json.at("/summary/errors").asInt());
  }

  private static List<String> keys(JsonNode node) {
    return ImmutableList.copyOf(node.fieldNames());
  }

  private static String describe(Problem problem) {
    return problem.severity() + " " + problem.code() + " " + problem.at() + problem.item().map(i -> " " + i).orElse("")
        + ": " + problem.message();
  }
}
