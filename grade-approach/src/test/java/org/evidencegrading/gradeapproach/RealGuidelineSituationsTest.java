package org.evidencegrading.gradeapproach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.RecommendationKind;
import org.evidencegrading.gradeapproach.result.GradeApproachAssessment;
import org.evidencegrading.gradeapproach.result.OutcomeResult;
import org.evidencegrading.system.Table;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;

/** Revision 2's GRADE additions on situations of the kind real guidelines and reviews print. */
class RealGuidelineSituationsTest {

  static final CheckReport REPORT = Checker.check(TestResources.path(RealGuidelineSituationsTest.class, "situations.yaml"));
  static final Map<String, GradeApproachAssessment> RESULTS = GradeApproachSystemTest.results(REPORT);

  private static List<String> problems(String recommendation) {
    return RESULTS.get(recommendation).problems().stream().map(GradeApproachSystemTest::where).toList();
  }

  @Test
  void aSummaryOfFindingsRowPrintedAsASymbolIsComparedAndItsFootnotesShown() {
    GradeApproachAssessment sof = RESULTS.get("sof-mortality");
    assertEquals(RecommendationKind.EVIDENCE_PROFILE, sof.kind());
    assertEquals(List.of(), problems("sof-mortality"));
    OutcomeResult mortality = sof.outcomes().get(0);
    assertEquals(Optional.of(Certainty.LOW), mortality.certainty());
    assertEquals(Optional.of(Certainty.LOW), mortality.publishedCertainty(), "the symbol is what was published");
    assertEquals(Optional.of(true), mortality.agrees());
    assertEquals(Optional.of(true), sof.outcomes().get(1).agrees(), "⊕⊝⊝⊝ is very low");

    Table profile = sof.tables().get(0);
    assertEquals(List.of("serious (-1) [a]", "serious (-1) [b]"), List.of(profile.rows().get(0).get(3), profile.rows().get(0).get(6)));
    assertEquals(List.of(
            "a: \"a. Most trials did not conceal allocation.\"",
            "b: \"b. The confidence interval includes an important benefit and no effect.\"",
            "c: \"c. Few events.\""),
        profile.notes());
  }

  @Test
  void aPanelThatDeclinedToRecommendHasItsCertaintyAndSymbolsCheckedAndNothingElse() {
    GradeApproachAssessment declined = RESULTS.get("declined");
    assertEquals(RecommendationKind.NO_RECOMMENDATION, declined.kind());
    assertEquals(Optional.of(Certainty.VERY_LOW), declined.derived().certainty());
    assertEquals(Optional.empty(), declined.derived().direction());
    assertEquals(List.of(), problems("declined"));
    assertEquals("no recommendation: the panel declined to recommend (\"the trials were too small to show a benefit or a harm that"
        + " would matter to patients\")", declined.headlines().get(2));
  }

  @Test
  void aCriticalOutcomeWithoutEvidenceIsReportedAndLeftOutOfTheOverallCertainty() {
    assertEquals(List.of("WARNING CRITICAL_OUTCOME_WITHOUT_EVIDENCE critical-without-evidence (quality-of-life)"),
        problems("critical-without-evidence"));
    assertEquals(Optional.of(Certainty.LOW), RESULTS.get("critical-without-evidence").derived().certainty());
    assertEquals(Optional.empty(), RESULTS.get("critical-without-evidence").outcomes().get(1).certainty());
  }

  @Test
  void aRecommendationPrintedWithItsStrengthAndACertaintyRangeOnlyIsNotFaulted() {
    GradeApproachAssessment range = RESULTS.get("range-only");
    assertEquals(RecommendationKind.RECOMMENDATION, range.kind());
    assertTrue(range.outcomes().isEmpty());
    assertEquals(List.of(), problems("range-only"), "no NO_CRITICAL_OUTCOME without outcomes");
    assertEquals("certainty: not derived (no outcomes), published low to moderate", range.headlines().get(1));
  }

  @Test
  void aRecommendationAgainstAnEffectiveInterventionForItsCostIsThePanelsCall() {
    assertEquals(List.of("INFO DISCRETION_USED against-for-cost", "WARNING DISCORDANT_RECOMMENDATION against-for-cost"),
        problems("against-for-cost"));
    assertTrue(REPORT.recommendations().stream().filter(result -> result.id().equals("against-for-cost"))
        .allMatch(RecommendationResult::agrees));
    assertTrue(RESULTS.get("against-for-cost").problems().get(0).message().endsWith(
        "the panel's other criteria favor that: resources: large costs, cost-effectiveness: favors comparison"));
  }
}
