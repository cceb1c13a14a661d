package org.evidencegrading.gradeapproach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.gradeapproach.certainty.CertaintyAgreement;
import org.evidencegrading.gradeapproach.certainty.CertaintyVerdict;
import org.evidencegrading.gradeapproach.certainty.OverallBasis;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.RecommendationKind;
import org.evidencegrading.gradeapproach.result.GradeApproachAssessment;
import org.evidencegrading.gradeapproach.strength.DirectionCheck;
import org.evidencegrading.gradeapproach.strength.DirectionOfRecommendation;
import org.evidencegrading.gradeapproach.strength.Discordance;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.model.Direction;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.system.GradingSystems;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;

class GradeApproachSystemTest {

  static final CheckReport PROBLEMS = Checker.check(TestResources.path(GradeApproachSystemTest.class, "problems.yaml"));
  static final Map<String, GradeApproachAssessment> RESULTS = results(PROBLEMS);

  static Map<String, GradeApproachAssessment> results(CheckReport report) {
    return report.recommendations().stream()
        .collect(Collectors.toMap(RecommendationResult::id, result -> (GradeApproachAssessment) result.assessment()));
  }

  static String where(Problem problem) {
    return problem.severity() + " " + problem.code() + " " + problem.where();
  }

  @Test
  void reportsEachKindOfProblemWithTheFileFormatsCodesSeveritiesAndPlaces() {
    assertEquals(
        List.of(
            "ERROR CERTAINTY_MISMATCH outcome-mismatch (pain)",
            "ERROR CERTAINTY_MISMATCH overall-mismatch",
            "ERROR DIRECTION_MISMATCH direction-mismatch",
            "INFO DISCRETION_USED direction-explained",
            "WARNING DISCORDANT_RECOMMENDATION discordant",
            "WARNING DISCORDANT_RECOMMENDATION discordant-judgments",
            "WARNING DISCORDANT_RECOMMENDATION discordant-judgments",
            "WARNING DISCORDANT_RECOMMENDATION discordant-judgments",
            "WARNING PARADIGM_NOT_SATISFIED paradigm-wrong-direction",
            "WARNING DISCORDANT_RECOMMENDATION paradigm-wrong-direction",
            "WARNING DISCORDANT_RECOMMENDATION strong-without-decision",
            "ERROR SYMBOL_MISMATCH symbols",
            "ERROR SYMBOL_MISMATCH symbols",
            "WARNING NO_CRITICAL_OUTCOME no-critical-outcome",
            "INFO DISCRETION_USED upgraded-outcome (survival)",
            "WARNING UPGRADE_DESPITE_DOWNGRADE upgraded-outcome (survival)",
            "INFO DISCRETION_USED upgraded-overall",
            "WARNING UPGRADE_DESPITE_DOWNGRADE upgraded-overall",
            "WARNING IMPLAUSIBLE_RATING implausible (pain)",
            "WARNING DEPRECATED_VALUE deprecated",
            "WARNING CRITICAL_OUTCOME_WITHOUT_EVIDENCE critical-without-evidence (mortality)",
            "INFO RESTS_ON_INFERRED inferred (pain)",
            "WARNING GOOD_PRACTICE_CRITERIA_UNMET good-practice-unmet"),
        PROBLEMS.problems().stream().map(GradeApproachSystemTest::where).toList());
  }

  @Test
  void explainsEachProblem() {
    Map<String, String> messages = PROBLEMS.problems().stream()
        .collect(Collectors.toMap(problem -> problem.code() + " " + problem.where(), Problem::message, (first, second) -> first));
    assertEquals("derived ⊕⊕OO LOW (high (4) - 2 + 0 = 2: low) but published moderate",
        messages.get("CERTAINTY_MISMATCH outcome-mismatch (pain)"));
    assertEquals("overall certainty derived ⊕⊕OO LOW (the lowest certainty among the critical outcomes counts, low of pain) but"
        + " published moderate", messages.get("CERTAINTY_MISMATCH overall-mismatch"));
    assertEquals("the balance of effects probably favors the comparison, but the recommendation is for the intervention and no"
        + " stated criterion (resources, cost-effectiveness, equity, acceptability, feasibility) favors that",
        messages.get("DIRECTION_MISMATCH direction-mismatch"));
    assertEquals("direction: the balance of effects probably favors the intervention, but the recommendation is against the"
        + " intervention; the panel's other criteria favor that: resources: large costs", messages.get("DISCRETION_USED direction-explained"));
    assertEquals("UNCERTAIN_BENEFIT_CERTAIN_HARM needs a recommendation against, no outcome favoring the intervention above low"
        + " certainty, and high or moderate certainty for an outcome favoring the comparison; found: a recommendation for;"
        + " function favors intervention, low; infection favors comparison, high: the direction does not hold",
        messages.get("PARADIGM_NOT_SATISFIED paradigm-wrong-direction"));
    assertEquals("no outcome is critical (importances given: 6): GRADE bases the overall certainty of a recommendation on its"
        + " critical outcomes (importance 7-9), so it has none", messages.get("NO_CRITICAL_OUTCOME no-critical-outcome"));
    assertEquals("published low: low is permitted, counting the large effect although the evidence was rated down 1 level (the"
        + " default is very low)", messages.get("DISCRETION_USED upgraded-outcome (survival)"));
    assertEquals("published low counts rating up (1 levels claimed) although the evidence was rated down 1 level; without it very"
        + " low (GRADE 18: rating up is \"usually only\" for evidence \"without any reason for rating down\")",
        messages.get("UPGRADE_DESPITE_DOWNGRADE upgraded-outcome (survival)"));
    assertEquals("the published overall certainty, low, counts rating up after rating down for survival: without it the overall"
        + " certainty would be very low (GRADE 18: rating up is \"usually only\" for evidence \"without any reason for rating"
        + " down\")", messages.get("UPGRADE_DESPITE_DOWNGRADE upgraded-overall"));
    assertEquals("risk of bias rated extremely serious (-3): GRADE rates down three levels for imprecision (GRADE 34/35) and for"
        + " the risk of bias of non-randomized studies assessed with ROBINS-I (GRADE 18), not for the risk of bias of randomized"
        + " evidence", messages.get("IMPLAUSIBLE_RATING implausible (pain)"));
    assertEquals("paradigmaticSituation CATASTROPHIC_HARM is the deprecated name of EQUIVALENCE_POSSIBLE_HARM (GRADE's situation 4:"
        + " high certainty of similar benefits, low certainty of harm of one option); read as EQUIVALENCE_POSSIBLE_HARM, write"
        + " that", messages.get("DEPRECATED_VALUE deprecated"));
    assertEquals("critical outcome mortality has no evidence: it has no certainty and does not count in the overall certainty,"
        + " which rests on the other critical outcomes", messages.get("CRITICAL_OUTCOME_WITHOUT_EVIDENCE critical-without-evidence (mortality)"));
    assertEquals("the rating of outcome pain rests on inferred value riskOfBias (\"the trial was not blinded\") (the encoder's"
        + " reading, not the source's words)", messages.get("RESTS_ON_INFERRED inferred (pain)"));
  }

  @Test
  void aRecommendationDisagreesExactlyWhenAnErrorIsAtItItsOutcomesOrItsSymbols() {
    Map<String, Boolean> agrees = PROBLEMS.recommendations().stream()
        .collect(Collectors.toMap(RecommendationResult::id, RecommendationResult::agrees));
    for (RecommendationResult result : PROBLEMS.recommendations()) {
      boolean error = PROBLEMS.problems().stream()
          .anyMatch(problem -> problem.at().equals(result.id()) && problem.severity() == Severity.ERROR);
      assertEquals(!error, agrees.get(result.id()), result.id());
    }
    assertEquals(List.of("outcome-mismatch", "overall-mismatch", "direction-mismatch", "symbols"),
        PROBLEMS.recommendations().stream().filter(result -> !result.agrees()).map(RecommendationResult::id).toList());
    assertEquals(Optional.of(false), RESULTS.get("outcome-mismatch").outcomes().get(0).agrees());
    assertEquals(4, PROBLEMS.summary().disagreeing());
    assertEquals(5, PROBLEMS.summary().errors());
  }

  @Test
  void aSatisfiedParadigmaticSituationMakesAStrongRecommendationOnLowCertaintyUnremarkable() {
    GradeApproachAssessment paradigmatic = RESULTS.get("paradigmatic");

    assertEquals(Optional.of(Certainty.LOW), paradigmatic.derived().certainty());
    assertTrue(paradigmatic.problems().isEmpty(), () -> paradigmatic.problems().toString());
    assertEquals(List.of("grade.overall.critical-outcomes", OverallBasis.LOWEST.ruleId(), CertaintyAgreement.ID,
            DirectionOfRecommendation.ID, DirectionCheck.ID, "grade.strength.paradigmatic-situation", Discordance.ID),
        paradigmatic.trace().steps().stream().map(step -> step.rule()).toList());
  }

  @Test
  void derivesWhatEachKindOfRecommendationAllowsAndNeverAStrength() {
    GradeApproachAssessment profile = RESULTS.get("evidence-profile");
    assertEquals(RecommendationKind.EVIDENCE_PROFILE, profile.kind());
    assertEquals(Optional.of(Certainty.LOW), profile.derived().certainty());
    assertEquals(Optional.empty(), profile.derived().direction());

    GradeApproachAssessment balanced = RESULTS.get("balanced");
    assertEquals(Optional.empty(), balanced.derived().direction());
    assertEquals(Optional.of(Certainty.HIGH), balanced.derived().certainty());
    assertEquals(Optional.of(Direction.AGAINST), RESULTS.get("direction-mismatch").derived().direction());

    assertEquals(Optional.empty(), RESULTS.get("no-critical-outcome").derived().certainty());
    assertEquals(List.of(Certainty.LOW, Certainty.VERY_LOW), RESULTS.get("upgraded-overall").derived().permittedCertainty());
    assertEquals(Optional.of(CertaintyVerdict.AGREES_BY_DISCRETION), RESULTS.get("upgraded-overall").certaintyVerdict());

    GradeApproachAssessment goodPractice = RESULTS.get("good-practice");
    assertEquals(RecommendationKind.GOOD_PRACTICE_STATEMENT, goodPractice.kind());
    assertEquals(Optional.of(true), goodPractice.derived().goodPractice());
    assertEquals(Optional.empty(), goodPractice.derived().certainty());
    assertTrue(goodPractice.outcomes().isEmpty());
    assertEquals(Optional.of(false), RESULTS.get("good-practice-unmet").derived().goodPractice());
  }

  @Test
  void theTraceSaysWhichPermittedMemberTheGuidelineUsed() {
    GradeApproachAssessment upgraded = RESULTS.get("upgraded-overall");
    assertEquals("published low: low is permitted, the lowest certainty among the critical outcomes, taking for survival the other"
        + " certainty permitted (counting the large effect although the evidence was rated down 1 level) (the default is very low)",
        upgraded.trace().steps().stream().filter(step -> step.rule().equals(CertaintyAgreement.ID)).findFirst().orElseThrow().reason());
    assertEquals("published low: low is permitted, counting the large effect although the evidence was rated down 1 level (the"
        + " default is very low)", RESULTS.get("upgraded-outcome").outcomes().get(0).trace().steps().get(
            RESULTS.get("upgraded-outcome").outcomes().get(0).trace().steps().size() - 1).reason());
  }

  @Test
  void theUpgradePolicyChoosesTheDefaultBothRatingsArePermitted() {
    Guideline guideline = GuidelineReader.read(TestResources.path(getClass(), "policy.yaml"));

    GradeApproachAssessment byDefault = (GradeApproachAssessment) Checker.check(guideline).recommendations().get(0).assessment();
    assertEquals(Optional.of(Certainty.VERY_LOW), byDefault.derived().certainty());
    assertEquals(List.of("INFO DISCRETION_USED r1", "WARNING UPGRADE_DESPITE_DOWNGRADE r1"),
        byDefault.problems().stream().map(GradeApproachSystemTest::where).toList());

    GradingSystems configured = GradingSystems.installed().with(new GradeApproachSystem(UpgradePolicy.ALWAYS));
    GradeApproachAssessment counted = (GradeApproachAssessment) Checker.using(configured).run(guideline).recommendations().get(0).assessment();
    assertEquals(Optional.of(Certainty.LOW), counted.derived().certainty());
    assertEquals(List.of("WARNING UPGRADE_DESPITE_DOWNGRADE r1"), counted.problems().stream().map(GradeApproachSystemTest::where).toList(),
        "counting is the default now, so no discretion is used; it still departs from GRADE's usual practice");
    assertEquals(UpgradePolicy.ALWAYS, ((GradeApproachSystem) configured.find("GRADE").orElseThrow()).policy());
  }

  @Test
  void theServiceLoaderFindsTheSystemWithTheDefaultPolicy() {
    GradeApproachSystem system = (GradeApproachSystem) GradingSystems.installed().find("GRADE").orElseThrow();
    assertEquals(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN, system.policy());
    assertEquals(UpgradePolicy.DEFAULT, new GradeApproachSystem().policy());
    assertThrows(NullPointerException.class, () -> new GradeApproachSystem(null));
  }

  @Test
  void declaresTheProblemCodesOfRevisionTwo() {
    assertEquals(
        List.of("CERTAINTY_MISMATCH ERROR", "SYMBOL_MISMATCH ERROR", "DIRECTION_MISMATCH ERROR", "DISCORDANT_RECOMMENDATION WARNING",
            "NO_CRITICAL_OUTCOME WARNING", "CRITICAL_OUTCOME_WITHOUT_EVIDENCE WARNING", "UPGRADE_DESPITE_DOWNGRADE WARNING",
            "IMPLAUSIBLE_RATING WARNING", "PARADIGM_NOT_SATISFIED WARNING", "GOOD_PRACTICE_CRITERIA_UNMET WARNING",
            "DEPRECATED_VALUE WARNING", "DISCRETION_USED INFO", "RESTS_ON_INFERRED INFO"),
        new GradeApproachSystem().problemCodes().stream().map(code -> code.name() + " " + code.severity()).toList());
    assertTrue(new GradeApproachSystem().problemCodes().stream().map(ProblemCode::description).noneMatch(String::isBlank));
  }

  @Test
  void rejectsRecommendationsThatCannotBeChecked() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.read(TestResources.path(getClass(), "invalid.yaml")));

    String symbols = " (expected four circles, filled first: ⊕⊕⊕⊕ high, ⊕⊕⊕O moderate, ⊕⊕OO low, ⊕OOO very low (⊕ or ⨁ filled;"
        + " O, o, ○, ◯, 〇, ⊝ or ⊖ empty; spaces are ignored))";
    String recommendation = "questions[0].recommendations";
    assertEquals(
        List.of(
            "12 " + recommendation + "[0].published.certaintySymbol: '⊕⊕X' is not a certainty symbol" + symbols,
            "12 " + recommendation + "[0].published.symbol: '↗' is not a recommendation symbol (expected one of: ↑↑ strong"
                + " for, ↑ conditional for, ↓ conditional against, ↓↓ strong against, √ good practice (spaces are ignored))",
            "17 " + recommendation + "[0].outcomes[0].studies[1]: study 'trial-a' is listed twice for this outcome",
            "24 " + recommendation + "[0].outcomes[0].published.certaintySymbol: 'OO⊕⊕' is not a certainty symbol" + symbols,
            "25 " + recommendation + "[0].outcomes[1].id: duplicate outcome id 'pain' in this recommendation (first used at"
                + " outcomes[0])",
            "28 " + recommendation + "[0].outcomes[1].studies: an outcome needs at least one study: the body of evidence its"
                + " certainty is rated for (for an outcome the review found no evidence for, write noEvidence: true)",
            "37 " + recommendation + "[1].published.goodPractice: published as a good practice statement, but the recommendation"
                + " does not give the five goodPractice criteria",
            "40 " + recommendation + "[2].published.goodPractice: the recommendation gives goodPractice criteria, so it is a"
                + " good practice statement, but it is published as not one (goodPractice: false)",
            "40 " + recommendation + "[2].published.certainty: a good practice statement is not graded, so it has no"
                + " certainty: remove published.certainty or the goodPractice criteria",
            "40 " + recommendation + "[2].published.certaintySymbol: a good practice statement is not graded, so it has no"
                + " certainty symbol: remove published.certaintySymbol or the goodPractice criteria",
            "40 " + recommendation + "[2].published.strength: a good practice statement is not graded, so it has no"
                + " strength: remove published.strength or the goodPractice criteria",
            "41 " + recommendation + "[2].outcomes: a good practice statement is not graded, so it has no outcomes: remove"
                + " outcomes or the goodPractice criteria",
            "52 " + recommendation + "[2].decision: a good practice statement is not graded, so it has no"
                + " evidence-to-decision judgments: remove decision or the goodPractice criteria",
            "61 " + recommendation + "[3].published.goodPractice: published as a good practice statement, but the"
                + " recommendation does not give the five goodPractice criteria (it has outcomes instead)",
            "75 " + recommendation + "[4].published.direction: the panel made no recommendation (published.noRecommendation),"
                + " so it has no direction: remove published.direction or noRecommendation",
            "75 " + recommendation + "[4].published.strength: the panel made no recommendation (published.noRecommendation),"
                + " so it has no strength: remove published.strength or noRecommendation",
            "78 " + recommendation + "[5].published.reasons.certanity: no field 'certanity' to give a reason for (expected one"
                + " of: certainty, certaintyRange, certaintySymbol, direction, goodPractice, noRecommendation, strength, symbol)",
            "90 " + recommendation + "[5].outcomes[0].inferred[1]: 'riskOfBias' is marked as inferred twice",
            "90 " + recommendation + "[5].outcomes[0].inferred[2]: no field 'blinding' to mark as inferred (expected one of:"
                + " baselineRisk, comment, design, doseResponse, effect, favors, followUp, id, importance, imprecision,"
                + " inconsistency, indirectness, largeEffect, name, noEvidence, participants, plausibleConfounding,"
                + " publicationBias, published, riskOfBias, studies, studyCount, sufficientAlone)",
            "91 " + recommendation + "[5].decision.reasons.strength: no field 'strength' to give a reason for (expected one of:"
                + " acceptability, balance, costEffectiveness, desirableEffects, equity, feasibility, paradigmaticSituation,"
                + " priority, resources, resourcesCertainty, undesirableEffects, valuesVariability)"),
        thrown.errors().stream().map(GradeApproachSystemTest::describe).toList());
  }

  @Test
  void reportsWrongValuesAndUnknownFieldsInOneRead() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.read(TestResources.path(getClass(), "wrong-values.yaml")));

    String outcome = "questions[0].recommendations[0].outcomes[0]";
    assertEquals(
        List.of(
            "15 " + outcome + ".importance: 10 is out of range (expected a whole number from 1 to 9: 7-9 critical, 4-6"
                + " important, 1-3 not important)",
            "17 " + outcome + ".design: invalid value 'RCT' (expected one of: RANDOMIZED, NON_RANDOMIZED_ROBINS_I, OBSERVATIONAL)",
            "21 " + outcome + ".imprecision: invalid value 'SERIUOS' (expected one of: NOT_SERIOUS, SERIOUS, VERY_SERIOUS,"
                + " EXTREMELY_SERIOUS; did you mean 'SERIOUS'?)",
            "23 " + outcome + ".favours: unknown field 'favours' (did you mean 'favors'?)",
            "24 questions[0].recommendations[0].appraisals: unknown field 'appraisals' (expected one of: decision,"
                + " goodPractice, id, outcomes, published, statement)"),
        thrown.errors().stream().map(GradeApproachSystemTest::describe).toList());
  }

  private static String describe(InputError error) {
    return error.line().orElse(0) + " " + error.path() + ": " + error.message();
  }
}
