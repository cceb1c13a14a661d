package org.evidencegrading.gradeapproach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.gradeapproach.result.GradeApproachAssessment;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;

/** What issue 10 found wrong with revision 1 of the GRADE system, one test each, named for what broke. */
class GradeApproachRegressionTest {

  static final CheckReport REPORT = Checker.check(TestResources.path(GradeApproachRegressionTest.class, "revision-one.yaml"));
  static final Map<String, GradeApproachAssessment> RESULTS = GradeApproachSystemTest.results(REPORT);

  private static List<String> problems(String recommendation) {
    return RESULTS.get(recommendation).problems().stream().map(GradeApproachSystemTest::where).toList();
  }

  private static RecommendationResult result(String id) {
    return REPORT.recommendations().stream().filter(result -> result.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void overallCertaintyTookTheHighestCriticalOutcomeWhenAllFavoredOneSide() {
    assertEquals(Optional.of(Certainty.LOW), RESULTS.get("lowest-of-one-side").derived().certainty());
    assertEquals(List.of(), problems("lowest-of-one-side"));
    assertEquals(List.of(), RESULTS.get("lowest-of-one-side").derived().permittedCertainty(), "only the lowest without a mark");

    GradeApproachAssessment alone = RESULTS.get("sufficient-alone");
    assertEquals(Optional.of(Certainty.LOW), alone.derived().certainty(), "the lowest is still the default");
    assertEquals(List.of(Certainty.MODERATE, Certainty.LOW), alone.derived().permittedCertainty());
    assertEquals(List.of("INFO DISCRETION_USED sufficient-alone"), problems("sufficient-alone"));
  }

  @Test
  void aRecommendationWithNoCriticalOutcomeMadeTheFileInvalid() {
    assertEquals(List.of("WARNING NO_CRITICAL_OUTCOME no-critical-outcome"), problems("no-critical-outcome"));
    assertEquals(Optional.empty(), RESULTS.get("no-critical-outcome").derived().certainty());
    assertTrue(result("no-critical-outcome").agrees());
    assertEquals(List.of(), problems("profile-without-critical-outcome"), "an evidence profile simply has no overall certainty");
    assertEquals(Optional.empty(), RESULTS.get("profile-without-critical-outcome").derived().certainty());
  }

  @Test
  void strengthWasDerivedMechanicallyAndAnyDifferenceWasAnError() {
    assertEquals(List.of(), problems("conditional-by-judgment"));
    assertTrue(result("conditional-by-judgment").agrees());
    assertFalse(new GradeApproachSystem().problemCodes().stream().anyMatch(code -> code.name().equals("STRENGTH_MISMATCH")));
  }

  @Test
  void anyParadigmaticSituationOnLowCertaintyGaveStrongWhateverTheDirection() {
    assertEquals(List.of("WARNING PARADIGM_NOT_SATISFIED situation-in-the-wrong-direction",
            "WARNING DISCORDANT_RECOMMENDATION situation-in-the-wrong-direction", "WARNING DISCORDANT_RECOMMENDATION"
                + " situation-in-the-wrong-direction"),
        problems("situation-in-the-wrong-direction"));
  }

  @Test
  void theParadigmaticSituationsPatternsWereNotChecked() {
    List<Problem> found = RESULTS.get("situation-whose-pattern-fails").problems();
    assertEquals(List.of("WARNING PARADIGM_NOT_SATISFIED situation-whose-pattern-fails"),
        found.stream().map(GradeApproachSystemTest::where).toList());
    assertTrue(found.get(0).message().endsWith("mortality favors intervention, moderate: the certainty pattern does not hold"),
        found.get(0).message());
  }

  @Test
  void situationFourWasMislabelledCatastrophicHarm() {
    assertEquals(ParadigmaticSituation.EQUIVALENCE_POSSIBLE_HARM,
        RESULTS.get("situation-four-by-its-old-name").recommendation().decision().orElseThrow().paradigmaticSituation().canonical());
    assertEquals(List.of("WARNING DEPRECATED_VALUE situation-four-by-its-old-name"), problems("situation-four-by-its-old-name"),
        "the situation holds under its new name: no discordance, only the old name is reported");
  }

  @Test
  void anyRatingDownSilentlyWithheldEveryUpgradeEvenForRobinsI() {
    assertEquals(Optional.of(Certainty.MODERATE), RESULTS.get("robins-i-rated-up").derived().certainty());
    assertEquals(List.of(), problems("robins-i-rated-up"));
  }

  @Test
  void aPublishedProfileThatRatedUpAfterRatingDownWasAnError() {
    assertEquals(List.of("INFO DISCRETION_USED profile-rated-up-after-rating-down (survival)",
            "WARNING UPGRADE_DESPITE_DOWNGRADE profile-rated-up-after-rating-down (survival)"),
        problems("profile-rated-up-after-rating-down"));
    assertTrue(result("profile-rated-up-after-rating-down").agrees());
  }

  @Test
  void theSummaryCountedRecommendationsAsAgreeingWhileTheirOutcomesOrSymbolsDisagreed() {
    List<Problem> found = RESULTS.get("outcome-and-symbol-disagree").problems();
    assertEquals(List.of("ERROR SYMBOL_MISMATCH outcome-and-symbol-disagree (pain)", "ERROR CERTAINTY_MISMATCH outcome-and-symbol-disagree (pain)"),
        found.stream().map(GradeApproachSystemTest::where).toList());
    assertTrue(found.stream().allMatch(problem -> problem.at().equals("outcome-and-symbol-disagree") && problem.item().equals(Optional.of("pain"))));
    assertFalse(result("outcome-and-symbol-disagree").agrees());
    assertEquals(1, REPORT.summary().disagreeing());
    assertEquals(REPORT.recommendations().size() - 1, REPORT.summary().agreeing());
  }
}
