package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Direction;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.nass.grades.LinkingRow;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.result.AppraisalResult;
import org.evidencegrading.nass.result.NassAssessment;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The NASS guideline on neoplastic vertebral fractures (2024), as encoded in {@code
 * guidelines/nass-neoplastic-vertebral-fractures.yaml}, checked against itself.
 */
class NassGuidelineTest {

  static final Path FILE = Path.of("guidelines/nass-neoplastic-vertebral-fractures.yaml");
  static final Guideline GUIDELINE = GuidelineReader.read(FILE);
  static final CheckReport REPORT = Checker.check(GUIDELINE);
  static final Map<String, NassAssessment> RESULTS = REPORT.recommendations().stream()
      .collect(Collectors.toMap(RecommendationResult::id, result -> (NassAssessment) result.assessment()));
  static final Map<String, RecommendationResult> AGREEMENT = REPORT.recommendations().stream()
      .collect(Collectors.toMap(RecommendationResult::id, Function.identity()));

  @Test
  void holdsTheWholeGuideline() {
    assertEquals(22, GUIDELINE.questions().size());
    assertEquals(12, GUIDELINE.questions().stream().filter(q -> q.recommendations().isEmpty()).count());
    assertTrue(GUIDELINE.questions().stream().filter(q -> q.recommendations().isEmpty())
        .allMatch(q -> q.note().orElseThrow().contains("yielded no studies")));
    assertEquals(20, REPORT.recommendations().size());
    assertTrue(GUIDELINE.questions().stream().map(Question::id).toList().contains("interventional-2"));
  }

  /** The grades as the seed prints them ("Grade of Recommendation: X"), recommendation by recommendation. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "medical-treatment-3a, I",
    "medical-treatment-4a, I",
    "medical-treatment-4b, I",
    "imaging-diagnosis-1a, B",
    "imaging-diagnosis-1b, B",
    "imaging-diagnosis-1c, B",
    "imaging-diagnosis-1d, B",
    "imaging-diagnosis-1e, B",
    "imaging-diagnosis-1f, I",
    "imaging-diagnosis-1g, I",
    "interventional-1a, B",
    "interventional-1b, B",
    "interventional-1c, I",
    "interventional-2a, A",
    "interventional-3a, B",
    "interventional-3b, I",
    "interventional-4a, C",
    "interventional-5a, I",
    "interventional-6a, I",
    "surgical-3a, I",
  })
  void everyDerivedGradeAgreesWithThePublishedOne(String id, Grade printed) {
    NassAssessment result = RESULTS.get(id);
    assertEquals(Optional.of(printed), result.published().map(p -> p.grade()), "the fixture records the printed grade");
    assertEquals(Optional.of(printed), result.derived().grade());
    assertTrue(result.problems().stream().noneMatch(p -> p.code().equals("GRADE_MISMATCH")));
    assertEquals(printed == Grade.I ? Optional.empty() : Optional.of(Direction.FOR), result.derived().direction());
  }

  @Test
  void everyDerivedLevelAgreesWithThePublishedOneExceptTheTwoCaseSeriesTheSourcePrintsAsLevelTwo() {
    List<String> disagreeing = RESULTS.values().stream()
        .flatMap(result -> result.appraisals().stream()
            .filter(a -> a.agrees().equals(Optional.of(false)))
            .map(a -> result.recommendation().id() + "/" + a.study() + ": " + a.design() + " " + a.level().orElseThrow() + " vs " + a.publishedLevel().orElseThrow()))
        .sorted()
        .toList();
    // Interventional Treatment Question 3: "In a retrospective case series study, Molloy et al ... This
    // paper provides Level II evidence"; likewise Delpla et al. The table makes a case series Level IV.
    assertEquals(List.of(
            "interventional-3a/delpla-2019: RETROSPECTIVE_CASE_SERIES IV vs II",
            "interventional-3a/molloy-2016: RETROSPECTIVE_CASE_SERIES IV vs II"),
        disagreeing);
    assertEquals(List.of("LEVEL_MISMATCH", "LEVEL_MISMATCH"), REPORT.problems().stream().map(p -> p.code()).toList());
    // revision 2: the contradicted levels make the recommendation disagree, though its grade agrees
    assertEquals(List.of("interventional-3a"),
        REPORT.recommendations().stream().filter(r -> !r.agrees()).map(RecommendationResult::id).toList());
    long compared = RESULTS.values().stream().flatMap(r -> r.appraisals().stream()).filter(a -> a.agrees().isPresent()).count();
    assertTrue(compared >= 25, "derived levels compared: " + compared);
  }

  @Test
  void everyAppraisalIsGradedByItsPublishedLevel() {
    for (NassAssessment result : RESULTS.values()) {
      for (AppraisalResult appraisal : result.appraisals()) {
        assertEquals(appraisal.publishedLevel(), appraisal.gradingLevel(), result.recommendation().id() + "/" + appraisal.study());
      }
    }
  }

  @Test
  void berensonIsLevelOneForInterventionalQuestionTwoAndLevelTwoForMedicalQuestionThree() {
    AppraisalResult interventional = appraisal("interventional-2a", "berenson-2011");
    assertEquals(Optional.of(Level.I), interventional.level());
    assertEquals(Optional.of(Level.I), interventional.publishedLevel());

    AppraisalResult medical = appraisal("medical-treatment-3a", "berenson-2011");
    assertEquals(Optional.of(Level.I), medical.potentialLevel());
    assertEquals(Optional.of(Level.II), medical.level());
    assertEquals(Optional.of(Level.II), medical.publishedLevel());
  }

  @Test
  void theTwoConflictingLevelFourBoneScanStudiesGiveI() {
    NassAssessment boneScans = RESULTS.get("imaging-diagnosis-1f");
    assertEquals(List.of(Level.IV, Level.IV), boneScans.appraisals().stream().map(a -> a.publishedLevel().orElseThrow()).toList());
    assertEquals(LinkingRow.I_INCONSISTENT_FINDINGS.id(), last(boneScans).rule());
    assertEquals(Optional.of(Grade.I), boneScans.derived().grade());
  }

  @Test
  void theSingleOutlyingDiffusionWeightedImagingStudyDoesNotPullBDown() {
    NassAssessment dwi = RESULTS.get("imaging-diagnosis-1c");
    Step consistency = dwi.trace().steps().get(0);
    assertEquals("consistent for, outlier set aside", consistency.outcome());
    assertEquals("1", consistency.inputs().get("opposing"));
    assertTrue(consistency.reason().contains("a single outlying, inconsistent study (maeda-2003"), consistency.reason());
    assertEquals(LinkingRow.B_TWO_OR_MORE_II_OR_III.id(), last(dwi).rule());
  }

  @Test
  void everyStatementUsesItsGradesStandardWording() {
    assertTrue(REPORT.problems().stream().noneMatch(p -> p.code().equals("WORDING_MISMATCH")));
  }

  @Test
  void theJsonReportHasTheKeysTheFileFormatNames() throws IOException {
    JsonNode json = Mappers.json().readTree(ReportWriter.render(REPORT, ReportFormat.JSON));
    JsonNode first = json.at("/recommendations/13");
    assertEquals("interventional-2a", first.get("id").asText());
    assertEquals("interventional-2", first.get("question").asText());
    assertEquals("A", first.at("/derived/grade").asText());
    assertEquals("FOR", first.at("/derived/direction").asText());
    assertEquals("A", first.at("/published/grade").asText());
    assertTrue(first.get("agrees").asBoolean());
    assertTrue(first.at("/explanation/1").asText().startsWith("Grade A row, two or more consistent Level I studies: berenson-2011 (I)"));
    JsonNode berenson = first.at("/appraisals/0");
    assertEquals("berenson-2011", berenson.get("study").asText());
    assertEquals("I", berenson.get("level").asText());
    assertEquals("I", berenson.get("publishedLevel").asText());
    assertTrue(berenson.get("agrees").asBoolean());
    assertEquals(20, json.at("/summary/recommendations").asInt());
    assertEquals(19, json.at("/summary/agreeing").asInt()); // interventional-3a: its two contradicted levels
    assertEquals(1, json.at("/summary/disagreeing").asInt());
    assertEquals(2, json.at("/summary/errors").asInt());
    assertEquals(0, json.at("/summary/warnings").asInt());
  }

  private static AppraisalResult appraisal(String recommendation, String study) {
    return RESULTS.get(recommendation).appraisals().stream().filter(a -> a.study().equals(study)).findFirst().orElseThrow();
  }

  private static Step last(NassAssessment result) {
    return result.trace().steps().get(result.trace().steps().size() - 1);
  }
}
