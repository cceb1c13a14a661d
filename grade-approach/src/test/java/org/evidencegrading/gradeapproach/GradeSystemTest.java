package org.evidencegrading.gradeapproach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.gradeapproach.certainty.OverallBasis;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.RecommendationKind;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.result.GradeResult;
import org.evidencegrading.gradeapproach.strength.EvidenceToDecision;
import org.evidencegrading.gradeapproach.strength.StrengthOfRecommendation;
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

class GradeSystemTest {

  private static Map<String, GradeResult> results(CheckReport report) {
    return report.recommendations().stream()
        .map(GradeResult.class::cast)
        .collect(Collectors.toMap(GradeResult::id, Function.identity()));
  }

  @Test
  void reportsEachKindOfProblemWithTheFileFormatsCodesAndSeverities() {
    CheckReport report = Checker.check(TestResources.path(getClass(), "problems.yaml"));

    assertEquals(
        List.of(
            "ERROR CERTAINTY_MISMATCH outcome-mismatch pain: derived ⊕⊕OO LOW (high (4) - 2 + 0 = 2: low) but published ⊕⊕⊕O MODERATE",
            "ERROR CERTAINTY_MISMATCH overall-mismatch: overall certainty derived ⊕⊕OO LOW (the critical outcomes do not all"
                + " favor the same alternative (pain: favors not given): the lowest certainty among the critical outcomes counts,"
                + " low of pain) but published ⊕⊕⊕O MODERATE",
            "ERROR STRENGTH_MISMATCH strength-mismatch: derived STRONG FOR (strong: the balance of effects clearly favors the"
                + " intervention, the certainty is moderate and values and preferences vary in no important way) but published"
                + " CONDITIONAL FOR",
            "ERROR STRENGTH_MISMATCH direction-mismatch: derived CONDITIONAL AGAINST (conditional: the balance of effects"
                + " probably favors the comparison, not clearly one side; the certainty is low, not moderate or high; values and"
                + " preferences possibly vary in important ways) but published CONDITIONAL FOR",
            "ERROR STRENGTH_MISMATCH discordant: derived CONDITIONAL FOR (conditional: the certainty is low, not moderate or"
                + " high) but published STRONG FOR",
            "WARNING DISCORDANT_RECOMMENDATION discordant: published as a strong recommendation, but the overall certainty is"
                + " low and no paradigmatic situation is invoked: GRADE holds a strong recommendation on low or very low"
                + " certainty appropriate only in one of its five paradigmatic situations",
            "WARNING DISCORDANT_RECOMMENDATION strong-without-decision: published as a strong recommendation, but the overall"
                + " certainty is low and no paradigmatic situation is invoked: GRADE holds a strong recommendation on low or very"
                + " low certainty appropriate only in one of its five paradigmatic situations",
            "ERROR SYMBOL_MISMATCH symbols: printed certainty symbol \"⊕⊕⊕⊕\" means high, but the published certainty is low (⊕⊕OO)",
            "ERROR SYMBOL_MISMATCH symbols: printed symbol \"↑↑\" means STRONG FOR, but published strength CONDITIONAL",
            "ERROR GOOD_PRACTICE_CRITERIA_UNMET good-practice-unmet: 2 of the 5 criteria of a good practice statement are not"
                + " met: the message is necessary in regard to actual health care practice; the statement is clear and actionable"),
        report.problems().stream().map(GradeSystemTest::describe).toList());
  }

  @Test
  void agreesComparesTheRecommendationsOwnValuesNotItsOutcomesOrItsSymbols() {
    Map<String, GradeResult> results = results(Checker.check(TestResources.path(getClass(), "problems.yaml")));

    assertEquals(
        Map.ofEntries(
            Map.entry("outcome-mismatch", true),
            Map.entry("overall-mismatch", false),
            Map.entry("strength-mismatch", false),
            Map.entry("direction-mismatch", false),
            Map.entry("discordant", false),
            Map.entry("paradigmatic", true),
            Map.entry("strong-without-decision", true),
            Map.entry("symbols", true),
            Map.entry("balanced", true),
            Map.entry("evidence-profile", true),
            Map.entry("good-practice", true),
            Map.entry("good-practice-unmet", false)),
        results.values().stream().collect(Collectors.toMap(GradeResult::id, GradeResult::agrees)));
    assertEquals(Optional.of(false), results.get("outcome-mismatch").outcomes().get(0).agrees());
  }

  @Test
  void aParadigmaticSituationMakesALowCertaintyRecommendationStrong() {
    GradeResult paradigmatic = results(Checker.check(TestResources.path(getClass(), "problems.yaml"))).get("paradigmatic");

    assertEquals(Optional.of(Strength.STRONG), paradigmatic.derived().strength());
    assertEquals(Optional.of(Certainty.LOW), paradigmatic.derived().certainty());
    assertEquals(StrengthOfRecommendation.PARADIGMATIC_ID, paradigmatic.explanation().conclusion().rule());
    assertTrue(paradigmatic.problems().isEmpty(), () -> paradigmatic.problems().toString());
  }

  @Test
  void derivesWhatEachKindOfRecommendationAllows() {
    Map<String, GradeResult> results = results(Checker.check(TestResources.path(getClass(), "problems.yaml")));

    GradeResult profile = results.get("evidence-profile");
    assertEquals(RecommendationKind.EVIDENCE_PROFILE, profile.kind());
    assertEquals(Optional.of(Certainty.LOW), profile.derived().certainty());
    assertEquals(Optional.empty(), profile.derived().strength());
    assertEquals(Optional.empty(), profile.derived().direction());
    assertEquals(EvidenceToDecision.NOT_DERIVED_ID, profile.explanation().conclusion().rule());

    GradeResult withoutDecision = results.get("strong-without-decision");
    assertEquals(RecommendationKind.RECOMMENDATION, withoutDecision.kind());
    assertEquals(Optional.empty(), withoutDecision.derived().strength());

    GradeResult balanced = results.get("balanced");
    assertEquals(Optional.of(Strength.CONDITIONAL), balanced.derived().strength());
    assertEquals(Optional.empty(), balanced.derived().direction());
    assertEquals(Optional.of(Certainty.HIGH), balanced.derived().certainty());

    GradeResult direction = results.get("direction-mismatch");
    assertEquals(Optional.of(Direction.AGAINST), direction.derived().direction());

    GradeResult goodPractice = results.get("good-practice");
    assertEquals(RecommendationKind.GOOD_PRACTICE_STATEMENT, goodPractice.kind());
    assertEquals(Optional.of(true), goodPractice.derived().goodPractice());
    assertEquals(Optional.empty(), goodPractice.derived().certainty());
    assertTrue(goodPractice.outcomes().isEmpty());
    assertEquals(Optional.of(false), results.get("good-practice-unmet").derived().goodPractice());
  }

  @Test
  void explainsARecommendationByItsOverallCertaintyThenItsStrength() {
    GradeResult strength = results(Checker.check(TestResources.path(getClass(), "problems.yaml"))).get("strength-mismatch");

    assertEquals(
        List.of("grade.overall.critical-outcomes", OverallBasis.LOWEST.ruleId(), "grade.direction", StrengthOfRecommendation.STRONG_ID),
        strength.explanation().steps().stream().map(step -> step.rule()).toList());
  }

  @Test
  void theUpgradePolicyIsTheSystemsConfiguration() {
    Guideline guideline = GuidelineReader.read(TestResources.path(getClass(), "policy.yaml"));

    GradeResult byDefault = (GradeResult) Checker.check(guideline).recommendations().get(0);
    assertEquals(Optional.of(Certainty.VERY_LOW), byDefault.derived().certainty());
    assertEquals(List.of("CERTAINTY_MISMATCH"), byDefault.problems().stream().map(Problem::code).toList());
    assertTrue(byDefault.outcomes().get(0).trace().steps().stream().anyMatch(step -> step.reason().startsWith(
        "large effect not counted: the evidence was rated down 1 level (policy ONLY_WITHOUT_RATING_DOWN")));

    CheckReport always = Checker.check(guideline, new GradeSystem(UpgradePolicy.ALWAYS));
    GradeResult counted = (GradeResult) always.recommendations().get(0);
    assertEquals(Optional.of(Certainty.LOW), counted.derived().certainty());
    assertTrue(counted.problems().isEmpty());
    assertEquals(UpgradePolicy.ALWAYS, ((GradeSystem) always.system()).policy());
  }

  @Test
  void theServiceLoaderFindsTheSystemWithTheDefaultPolicy() {
    GradeSystem system = (GradeSystem) GradingSystems.find("GRADE").orElseThrow();
    assertEquals(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN, system.policy());
    assertEquals(UpgradePolicy.DEFAULT, new GradeSystem().policy());
    assertThrows(NullPointerException.class, () -> new GradeSystem(null));
  }

  @Test
  void declaresTheProblemCodesOfTheFileFormat() {
    assertEquals(
        List.of("CERTAINTY_MISMATCH ERROR", "SYMBOL_MISMATCH ERROR", "STRENGTH_MISMATCH ERROR",
            "DISCORDANT_RECOMMENDATION WARNING", "GOOD_PRACTICE_CRITERIA_UNMET ERROR"),
        new GradeSystem().problemCodes().stream().map(code -> code.name() + " " + code.severity()).toList());
    assertEquals(Severity.WARNING, GradeProblems.DISCORDANT_RECOMMENDATION.severity());
    assertTrue(new GradeSystem().problemCodes().stream().map(ProblemCode::description).noneMatch(String::isBlank));
  }

  @Test
  void rejectsRecommendationsThatCannotBeGraded() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.read(TestResources.path(getClass(), "invalid.yaml")));

    String recommendation = "questions[0].recommendations";
    assertEquals(
        List.of(
            "12 " + recommendation + "[0].published.certaintySymbol: '⊕⊕X' is not a certainty symbol (expected four circles,"
                + " filled first: ⊕⊕⊕⊕ high, ⊕⊕⊕O moderate, ⊕⊕OO low, ⊕OOO very low (⊕ or ⨁ filled; O, o, ○ or ◯ empty;"
                + " spaces are ignored))",
            "12 " + recommendation + "[0].published.symbol: '↗' is not a recommendation symbol (expected one of: ↑↑ strong"
                + " for, ↑ conditional for, ↓ conditional against, ↓↓ strong against, √ good practice (spaces are ignored))",
            "13 " + recommendation + "[0].outcomes: no outcome is critical (importance 7-9): GRADE bases the overall"
                + " certainty of a recommendation on its critical outcomes only, so rate those critical for the decision 7 to 9"
                + " (importances given: 6, 5)",
            "17 " + recommendation + "[0].outcomes[0].studies[1]: study 'trial-a' is listed twice for this outcome",
            "24 " + recommendation + "[0].outcomes[1].id: duplicate outcome id 'pain' in this recommendation (first used at"
                + " outcomes[0])",
            "27 " + recommendation + "[0].outcomes[1].studies: an outcome needs at least one study: the body of evidence its"
                + " certainty is rated for",
            "34 " + recommendation + "[1]: a GRADE recommendation needs outcomes (the evidence it is graded on) or"
                + " goodPractice criteria (for a good practice statement); this one has neither",
            "39 " + recommendation + "[2].published.goodPractice: the recommendation gives goodPractice criteria, so it is a"
                + " good practice statement, but it is published as not one (goodPractice: false)",
            "39 " + recommendation + "[2].published.certainty: a good practice statement is not graded, so it has no"
                + " certainty: remove published.certainty or the goodPractice criteria",
            "39 " + recommendation + "[2].published.certaintySymbol: a good practice statement is not graded, so it has no"
                + " certainty symbol: remove published.certaintySymbol or the goodPractice criteria",
            "39 " + recommendation + "[2].published.strength: a good practice statement is not graded, so it has no"
                + " strength: remove published.strength or the goodPractice criteria",
            "40 " + recommendation + "[2].outcomes: a good practice statement is not graded, so it has no outcomes: remove"
                + " outcomes or the goodPractice criteria",
            "51 " + recommendation + "[2].decision: a good practice statement is not graded, so it has no"
                + " evidence-to-decision judgments: remove decision or the goodPractice criteria",
            "60 " + recommendation + "[3].published.goodPractice: published as a good practice statement, but the"
                + " recommendation has outcomes instead of the five goodPractice criteria"),
        thrown.errors().stream().map(GradeSystemTest::describe).toList());
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
        thrown.errors().stream().map(GradeSystemTest::describe).toList());
  }

  private static String describe(Problem problem) {
    return problem.severity() + " " + problem.code() + " " + problem.at() + problem.item().map(i -> " " + i).orElse("")
        + ": " + problem.message();
  }

  private static String describe(InputError error) {
    return error.line().orElse(0) + " " + error.path() + ": " + error.message();
  }
}
