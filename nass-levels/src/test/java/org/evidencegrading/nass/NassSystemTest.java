package org.evidencegrading.nass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.result.NassResult;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;

class NassSystemTest {

  private static Map<String, NassResult> results(CheckReport report) {
    return report.recommendations().stream()
        .map(NassResult.class::cast)
        .collect(Collectors.toMap(NassResult::id, Function.identity()));
  }

  @Test
  void reportsEachKindOfDiscrepancy() {
    CheckReport report = Checker.check(TestResources.path(getClass(), "problems.yaml"));

    assertEquals(
        List.of(
            "ERROR GRADE_MISMATCH q1a: derived grade A but published B",
            "ERROR LEVEL_MISMATCH q1b series-c: derived Level IV (levels table for a therapeutic RETROSPECTIVE_CASE_SERIES"
                + " study, Level IV therapeutic: \"Case series\"; no downgrade from potential Level IV) but published Level II",
            "WARNING WORDING_MISMATCH q1c: a grade I statement says \"insufficient evidence\"; this one does not",
            "ERROR CONSENSUS_NOT_REACHED q2b: no voting round reached 80% of votes at 7, 8 or 9 in 3 rounds,"
                + " yet the recommendation is published as a consensus statement",
            "ERROR GRADE_MISMATCH q2b: the votes give no recommendation but published CONSENSUS"),
        report.problems().stream().map(NassSystemTest::describe).toList());
    Map<String, NassResult> results = results(report);
    assertEquals(Optional.of(Grade.A), results.get("q1a").derived().grade());
    assertEquals(false, results.get("q1a").agrees());
    assertEquals(true, results.get("q1b").agrees());
    assertEquals(Optional.of(Grade.CONSENSUS), results.get("q2a").derived().grade());
    assertEquals(Optional.of(2), results.get("q2a").consensus().orElseThrow().round());
    assertEquals(Optional.empty(), results.get("q2b").derived().grade());
  }

  @Test
  void rejectsRecommendationsThatCannotBeGraded() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.read(TestResources.path(getClass(), "invalid.yaml")));

    assertEquals(
        List.of(
            "14 questions[0].recommendations[0].published.grade: a CONSENSUS grade needs the votes: add consensus.rounds",
            "16 questions[0].recommendations[0].appraisals[0]: the appraisal of 'a' has no level: give publishedLevel or"
                + " potentialLevel (the levels table gives no potential level to a DIAGNOSTIC RETROSPECTIVE_COMPARATIVE study)",
            "20 questions[0].recommendations[0].appraisals[1].study: study 'a' is appraised twice for this recommendation"
                + " (also appraisals[0])",
            "31 questions[0].recommendations[1].consensus: a recommendation has either appraisals or consensus votes, not both"),
        thrown.errors().stream().map(NassSystemTest::describe).toList());
  }

  @Test
  void reportsWrongValuesAndUnknownFieldsInOneRead() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.read(TestResources.path(getClass(), "wrong-values.yaml")));

    assertEquals(
        List.of(
            "12 questions[0].recommendations[0].apraisals: unknown field 'apraisals' (did you mean 'appraisals'?)",
            "13 questions[0].recommendations[0].outcomes: unknown field 'outcomes' (expected one of: appraisals,"
                + " consensus, id, published, statement)",
            "16 questions[0].recommendations[0].appraisals[0].studyType: invalid value 'THERAPUETIC' (expected one of:"
                + " THERAPEUTIC, PROGNOSTIC, DIAGNOSTIC, ECONOMIC; did you mean 'THERAPEUTIC'?)",
            "18 questions[0].recommendations[0].appraisals[0].downgradeSteps: 5 is out of range (expected a whole number"
                + " from 0 to 3: levels to go down from the potential level)",
            "24 questions[0].recommendations[1].consensus.rounds[0].votes[1]: 10 is out of range (expected a whole number"
                + " from 1 to 9: 1 extremely inappropriate to 9 extremely appropriate)",
            "24 questions[0].recommendations[1].consensus.rounds[0].votes[2]: 0 is out of range (expected a whole number"
                + " from 1 to 9: 1 extremely inappropriate to 9 extremely appropriate)"),
        thrown.errors().stream().map(NassSystemTest::describe).toList());
  }

  private static String describe(Problem problem) {
    return problem.severity() + " " + problem.code() + " " + problem.at() + problem.item().map(i -> " " + i).orElse("")
        + ": " + problem.message();
  }

  private static String describe(InputError error) {
    return error.line().orElse(0) + " " + error.path() + ": " + error.message();
  }
}
