package org.evidencegrading.rulesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.rulesets.model.RuleSetRecommendation;
import org.evidencegrading.rulesets.result.RuleSetAssessment;
import org.evidencegrading.system.GradingSystems;
import org.evidencegrading.testing.RoundTrip;
import org.evidencegrading.testing.TestResources;
import org.evidencegrading.trace.TraceRenderer;
import org.junit.jupiter.api.Test;

/**
 * A rule-set grading system checks guidelines that name it: each kind of problem, the values the
 * rule set does not know, and the JSON round trip of its recommendations.
 */
class RuleSetSystemTest {

  private final RuleSetSystem system = RuleSets.system(TestResources.path(getClass(), "rules.yaml"));
  private final GradingSystems systems = GradingSystems.installed().with(system);

  private static String describe(Problem problem) {
    return problem.severity() + " " + problem.code() + " " + problem.where() + ": " + problem.message();
  }

  private CheckReport check(String fixture) {
    return Checker.using(systems).run(GuidelineReader.using(systems).parse(TestResources.path(getClass(), fixture)));
  }

  @Test
  void reportsEachKindOfProblem() {
    CheckReport report = check("problems.yaml");

    assertEquals(List.of(
            "ERROR GRADE_MISMATCH grade-mismatch: derived grade A for but published B",
            "ERROR LEVEL_MISMATCH level-mismatch (c1): derived II (levels table for a THERAPEUTIC COHORT study, a cohort study;"
                + " no downgrade from potential II) but published I",
            "ERROR DIRECTION_MISMATCH direction-mismatch: the published A says the evidence supports the statement as written,"
                + " but it opposes it (derived A against)",
            "WARNING NOT_COVERED not-covered: no row of TEST-RULES covers this body of evidence: the published B cannot be checked",
            "INFO DISCRETION_USED judgment: published A, permitted in the panel's judgment: \"a single trial of exceptional quality\";"
                + " the default is I",
            "WARNING WORDING_MISMATCH wording: a grade A statement says \"recommended\"; this one does not",
            "WARNING UNGRADED_CITATION ungraded-and-potential (o1): no level: none printed and none derivable (levels table gives a"
                + " THERAPEUTIC OBSERVATIONAL study no level: an observational study may be anything): listed, not counted",
            "WARNING POTENTIAL_LEVEL_MISMATCH ungraded-and-potential (c1): stated potential I, but TEST-RULES's table gives a"
                + " THERAPEUTIC COHORT study potential II",
            "ERROR GRADE_MISMATCH ungraded-row: derived no grade but published B",
            "INFO DISCRETION_USED indirect: published B, permitted for indirect evidence (t2 applies only indirectly); the default is A",
            "INFO RESTS_ON_INFERRED inferred (t2): the grade of inferred rests on inferred value design (\"the text says only 'a trial'\")"
                + " (the encoder's reading, not the source's words)",
            "INFO DISCRETION_USED consensus: published CONSENSUS, permitted in the panel's judgment: \"the panel chose to state its"
                + " opinion\"; the default is I"),
        report.problems().stream().map(RuleSetSystemTest::describe).toList());
    Map<String, RecommendationResult> results =
        report.recommendations().stream().collect(Collectors.toMap(RecommendationResult::id, Function.identity()));
    assertEquals(List.of("grade-mismatch", "level-mismatch", "direction-mismatch", "ungraded-row"),
        report.recommendations().stream().filter(r -> !r.agrees()).map(RecommendationResult::id).toList());
    assertEquals("I (or A for)", results.get("judgment").assessment().derived().toString());
    assertEquals("I (or CONSENSUS)", results.get("set-aside").assessment().derived().toString());
    assertEquals("B for", results.get("ungraded-and-potential").assessment().derived().toString(),
        "c1's stated potential I lowered one step is II: with c2, two Level II studies");
  }

  @Test
  void explainsEachGradeStepByStep() {
    RuleSetAssessment assessment = (RuleSetAssessment) check("problems.yaml").recommendations().stream()
        .filter(r -> r.id().equals("set-aside")).findFirst().orElseThrow().assessment();
    assertEquals(List.of("consistency", "consensus", "i.none", "grade"),
        assessment.trace().steps().stream().map(step -> step.rule().replace("test-rules.", "")).toList());
    assertEquals(List.of(
            "no study supports or opposes the statement (set aside, their levels support no grade: c1 (III)) -> no consistent evidence",
            "row for CONSENSUS, \"no studies, the panel's opinion\", holds only in the panel's judgment (\"the panel chose"
                + " to state its opinion\"): CONSENSUS is permitted besides the grade the later rows give -> permitted CONSENSUS",
            "row for I, \"no studies\": no studies -> I (or CONSENSUS)",
            "the body of evidence gets I (or CONSENSUS), by row i.none -> I (or CONSENSUS)"),
        TraceRenderer.lines(assessment.trace()));
  }

  @Test
  void reportsValuesTheRuleSetDoesNotKnowAtTheirFields() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.using(systems).parse(TestResources.path(getClass(), "invalid.yaml")));

    assertEquals(List.of(
            "14 questions[0].recommendations[0].published.grade: unknown grade 'AA' of rule set TEST-RULES (expected one of: A, B, I, CONSENSUS)",
            "17 questions[0].recommendations[0].appraisals[0].studyType: unknown study type 'DIAGNOSTIC' of rule set TEST-RULES"
                + " (expected one of: THERAPEUTIC)",
            "18 questions[0].recommendations[0].appraisals[0].design: unknown design 'RTC' of rule set TEST-RULES"
                + " (expected one of: RCT, COHORT, CASE_SERIES, OBSERVATIONAL)",
            "19 questions[0].recommendations[0].appraisals[0].publishedLevel: unknown level 'IV' of rule set TEST-RULES"
                + " (expected one of: I, II, III)",
            "20 questions[0].recommendations[0].appraisals[0].downgrades[0]: unknown downgrade reason 'TOO_SMALL' of rule set"
                + " TEST-RULES (expected one of: SMALL_SAMPLE, LOW_FOLLOW_UP)",
            "21 questions[0].recommendations[0].appraisals[0].downgradeSteps: 2 downgrade steps, but TEST-RULES allows at most 1",
            "23 questions[0].recommendations[0].appraisals[0].inferred[0]: no field 'desing' to mark as inferred (expected one of:"
                + " design, downgradeSteps, downgrades, finding, indirect, note, potentialLevel, publishedLevel, study, studyType)",
            "24 questions[0].recommendations[0].appraisals[1].study: study 't1' is appraised twice for this recommendation (also appraisals[0])"),
        thrown.errors().stream().map(e -> e.line().orElse(0) + " " + e.path() + ": " + e.message()).toList());
  }

  @Test
  void recommendationsRoundTrip() {
    Guideline guideline = GuidelineReader.using(systems).parse(TestResources.path(getClass(), "problems.yaml"));
    guideline.recommendations().forEach(recommendation ->
        RoundTrip.assertRoundTrips((RuleSetRecommendation) recommendation, RuleSetRecommendation.class, system));
  }
}
