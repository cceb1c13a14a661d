package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.evidencegrading.nass.levels.PotentialLevelSource;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.result.AppraisalResult;
import org.evidencegrading.nass.result.NassAssessment;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.Severity;
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
            .map(a -> result.recommendation().id() + "/" + a.name() + ": " + a.design() + " " + a.level().orElseThrow() + " vs " + a.publishedLevel().orElseThrow()))
        .sorted()
        .toList();
    // Interventional Treatment Question 3: "In a retrospective case series study, Molloy et al ... This
    // paper provides Level II evidence"; likewise Delpla et al. The table makes a case series Level IV.
    assertEquals(List.of(
            "interventional-3a/delpla-2019: RETROSPECTIVE_CASE_SERIES IV vs II",
            "interventional-3a/molloy-2016: RETROSPECTIVE_CASE_SERIES IV vs II"),
        disagreeing);
    assertEquals(List.of("LEVEL_MISMATCH", "LEVEL_MISMATCH"),
        REPORT.problems().stream().filter(p -> p.severity() == Severity.ERROR).map(Problem::code).toList());
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
        assertEquals(appraisal.publishedLevel(), appraisal.gradingLevel(), result.recommendation().id() + "/" + appraisal.name());
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

  /**
   * Tokuda's sentence compares bone SPECT with MRI and says nothing for or against bone scans
   * themselves; read as it says (revision 2), the bone-scan statement rests on Thariat alone.
   */
  @Test
  void theBoneScanStatementRestsOnThariatAloneOnceTokudasComparisonWithMriIsReadAsInconclusive() {
    NassAssessment boneScans = RESULTS.get("imaging-diagnosis-1f");
    assertEquals(List.of(Level.IV, Level.IV), boneScans.appraisals().stream().map(a -> a.publishedLevel().orElseThrow()).toList());
    assertEquals(List.of(Finding.OPPOSES, Finding.INCONCLUSIVE), boneScans.appraisals().stream().map(AppraisalResult::finding).toList());
    assertTrue(boneScans.appraisals().stream().allMatch(a -> a.inferred().contains("finding")), "both findings are the encoder's reading");
    assertEquals(LinkingRow.I_SINGLE_STUDY.id(), last(boneScans).rule());
    assertEquals(Optional.of(Grade.I), boneScans.derived().grade());
    assertEquals(Finding.SUPPORTS, appraisal("imaging-diagnosis-1a", "tokuda-2011").finding(), "for MRI, the same sentence supports it");
  }

  /** The finding of revision 2: the work group's potential Level III for Hirsch is not the table's for a prognostic study. */
  @Test
  void hirschsStatedPotentialLevelUnderThePrognosticQuestionIsTheTherapeuticOne() {
    List<Problem> warnings = REPORT.problems().stream().filter(p -> p.severity() == Severity.WARNING).toList();
    assertEquals(1, warnings.size(), warnings::toString);
    Problem warning = warnings.get(0);
    assertEquals("POTENTIAL_LEVEL_MISMATCH", warning.code());
    assertEquals("interventional-3b (hirsch-2011)", warning.where());
    assertEquals("stated potential Level III, but the levels table gives a prognostic RETROSPECTIVE_UNSPECIFIED study potential"
        + " Level II (Level II prognostic: \"Retrospective study\")", warning.message());
    AppraisalResult therapeutic = appraisal("medical-treatment-4a", "hirsch-2011");
    assertEquals(Optional.of(Level.III), therapeutic.potentialLevel());
    assertEquals(Optional.of(Level.III), therapeutic.tableLevel(), "III is the table's level for the therapeutic appraisal");
    assertTrue(AGREEMENT.get("interventional-3b").agrees(), "a WARNING: the grade and the printed level stand");
  }

  @Test
  void notesTheThreePapersAppraisedWithAnotherDesignElsewhere() {
    assertEquals(List.of("interventional-2a (malhotra-2016)", "interventional-3a (molloy-2016)", "interventional-3b (hirsch-2011)"),
        REPORT.problems().stream().filter(p -> p.code().equals("APPRAISAL_VARIES")).map(Problem::where).toList());
    assertTrue(REPORT.problems().stream().filter(p -> p.severity() == Severity.INFO)
        .allMatch(p -> p.code().equals("APPRAISAL_VARIES") || p.code().equals("RESTS_ON_INFERRED")));
    assertEquals(26, REPORT.problems().stream().filter(p -> p.code().equals("RESTS_ON_INFERRED")).count());
  }

  /**
   * Every value is read or marked inferred: the study type is read only where the source names it,
   * and each quoted evidence sentence prints the level encoded as published.
   */
  @Test
  void everyStudyTypeTheSourceDoesNotNameIsMarkedInferredAndEveryQuotedLevelIsTheEncodedOne() {
    List<String> read = new ArrayList<>();
    for (NassAssessment result : RESULTS.values()) {
      for (AppraisalResult appraisal : result.appraisals()) {
        String where = result.recommendation().id() + "/" + appraisal.name();
        if (!appraisal.inferred().contains("studyType")) {
          read.add(where);
        }
        String finding = appraisal.reasons().get("finding");
        assertTrue(finding != null && finding.contains("provides " + appraisal.publishedLevel().orElseThrow().label() + " evidence"),
            where + ": " + finding);
        appraisal.potentialLevel().filter(level -> appraisal.potentialLevelSource() == PotentialLevelSource.STATED)
            .ifPresent(level -> assertTrue(appraisal.reasons().get("downgrades").contains("this potential " + level.label()), where));
      }
    }
    assertEquals(List.of("interventional-1a/cianfoni-2015", "interventional-1a/molloy-2016", "interventional-1a/tancioni-2010",
            "interventional-1b/huber-2009", "interventional-3a/cianfoni-2015"),
        read.stream().sorted().toList());
  }

  /** README, "the main job": its quoted lines (the problems but INFO, then the summary) are the check's, as printed. */
  @Test
  void theReadmeQuotesTheChecksErrorsWarningsAndSummaryAsPrinted() throws IOException {
    String text = ReportWriter.render(REPORT, ReportFormat.TEXT);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int block = readme.indexOf("```\n", readme.indexOf("the summary it ends with")) + 4;
    List<String> entries = new ArrayList<>();
    for (String line : readme.substring(block, readme.indexOf("```", block)).split("\n")) {
      if (line.startsWith("    ") && !entries.isEmpty()) {
        entries.set(entries.size() - 1, entries.get(entries.size() - 1) + "\n" + line);
      } else if (!line.isBlank()) {
        entries.add(line);
      }
    }
    assertEquals(4, entries.size(), entries::toString);
    for (String entry : entries) {
      assertTrue(text.contains(entry + "\n"), () -> "the check does not print:\n" + entry);
    }
    assertTrue(text.endsWith(entries.get(entries.size() - 1) + "\n"), "the summary is the last line");
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
    assertEquals("[\"studyType\"]", berenson.at("/inferred").toString(), "only the study type is inferred");
    assertTrue(berenson.at("/reasons/finding").asText().startsWith("This paper provides Level I evidence"));
    assertEquals(20, json.at("/summary/recommendations").asInt());
    assertEquals(19, json.at("/summary/agreeing").asInt()); // interventional-3a: its two contradicted levels
    assertEquals(1, json.at("/summary/disagreeing").asInt());
    assertEquals(1, json.at("/summary/withWarnings").asInt()); // interventional-3b: Hirsch's potential level
    assertEquals(2, json.at("/summary/errors").asInt());
    assertEquals(1, json.at("/summary/warnings").asInt());
    assertEquals(29, json.at("/summary/infos").asInt());
  }

  private static AppraisalResult appraisal(String recommendation, String study) {
    return RESULTS.get(recommendation).appraisals().stream().filter(a -> a.name().equals(study)).findFirst().orElseThrow();
  }

  private static Step last(NassAssessment result) {
    return result.trace().steps().get(result.trace().steps().size() - 1);
  }
}
