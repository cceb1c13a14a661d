package org.evidencegrading.nass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.result.NassAssessment;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import org.evidencegrading.system.Table;
import org.evidencegrading.testing.TestResources;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.api.Test;

class NassSystemTest {

  private CheckReport check(String fixture) {
    return Checker.check(TestResources.path(getClass(), fixture));
  }

  private static Map<String, RecommendationResult> results(CheckReport report) {
    return report.recommendations().stream().collect(Collectors.toMap(RecommendationResult::id, Function.identity()));
  }

  private static NassAssessment assessment(CheckReport report, String id) {
    return (NassAssessment) results(report).get(id).assessment();
  }

  private static List<String> problems(CheckReport report) {
    return report.problems().stream().map(NassSystemTest::describe).toList();
  }

  @Test
  void reportsEachKindOfDiscrepancy() {
    CheckReport report = check("problems.yaml");

    assertEquals(
        List.of(
            "ERROR GRADE_MISMATCH q1a: derived grade A but published B",
            "ERROR LEVEL_MISMATCH q1b series-c: derived Level IV (levels table for a therapeutic RETROSPECTIVE_CASE_SERIES"
                + " study, Level IV therapeutic: \"Case series\"; no downgrade from potential Level IV) but published Level II",
            "WARNING WORDING_MISMATCH q1c: a grade I statement says \"insufficient evidence\"; this one does not",
            "ERROR CONSENSUS_NOT_REACHED q2b: no voting round reached 80% of votes at 7, 8 or 9 in 3 rounds,"
                + " yet the recommendation is published as a consensus statement"),
        problems(report));
    Map<String, RecommendationResult> results = results(report);
    assertEquals(Optional.of(Grade.A), assessment(report, "q1a").derived().grade());
    assertEquals(false, results.get("q1a").agrees());
    // revision 2: a level that contradicts its design is an ERROR at the recommendation, so it disagrees
    assertEquals(false, results.get("q1b").agrees());
    assertEquals(true, results.get("q1c").agrees(), "a WARNING does not make a recommendation disagree");
    assertEquals(Optional.of(Grade.CONSENSUS), assessment(report, "q2a").derived().grade());
    assertEquals(Optional.of(2), assessment(report, "q2a").consensus().orElseThrow().round());
    assertEquals(Optional.empty(), assessment(report, "q2b").derived().grade());
  }

  @Test
  void twoOpposingLevelOneStudiesUnderARecommendedStatementUsedToAgree() {
    CheckReport report = check("revision-2.yaml");

    NassAssessment opposed = assessment(report, "opposed");
    assertEquals(Optional.of(Grade.A), opposed.derived().grade());
    assertEquals(Optional.of(Direction.AGAINST), opposed.derived().direction());
    assertEquals(List.of("ERROR DIRECTION_MISMATCH opposed: the evidence opposes the statement (derived A against), but a published A"
            + " says it supports the statement as written (every study that found either way opposes the statement:"
            + " rct-a (I), rct-b (I))"),
        opposed.problems().stream().map(NassSystemTest::describe).toList());
    assertFalse(results(report).get("opposed").agrees());
    assertTrue(opposed.headlines().contains("grade: derived A (against), published A: DISAGREES"), opposed.headlines()::toString);
  }

  @Test
  void aStatedPotentialLevelThatIsNotTheTablesUsedToPassSilently() {
    NassAssessment stated = assessment(check("revision-2.yaml"), "stated-potential");

    assertEquals(List.of("WARNING POTENTIAL_LEVEL_MISMATCH stated-potential cohort-c: stated potential Level III, but the levels"
            + " table gives a prognostic RETROSPECTIVE_UNSPECIFIED study potential Level II (Level II prognostic: \"Retrospective study\")"),
        stated.problems().stream().map(NassSystemTest::describe).toList());
    assertEquals("III (stated; table II)", stated.tables().get(0).rows().get(0).get(3));
  }

  @Test
  void warnsWhenAStatementWordedAgainstHasOnlyOpposingStudies() {
    NassAssessment against = assessment(check("revision-2.yaml"), "worded-against");

    assertEquals(List.of("DIRECTION_MISMATCH", "FINDINGS_AGAINST_NEGATIVE_STATEMENT"),
        against.problems().stream().map(Problem::code).toList());
    assertTrue(against.problems().get(1).message().startsWith("the statement is worded against (\"not recommended\") and every study"
        + " that found either way (2) is encoded as opposing it"), against.problems().get(1).message());
  }

  @Test
  void severalReportsOfOneCohortCountOnce() {
    CheckReport report = check("one-cohort.yaml");
    NassAssessment cohort = assessment(report, "stenosis-surgery-a");

    assertEquals(Optional.of(Grade.I), cohort.derived().grade());
    assertEquals(List.of(), report.problems());
    assertEquals("Grade I row, a single study without other supporting evidence: atlas-1996+atlas-2000+atlas-2005 (II)",
        last(cohort).reason());
    assertEquals(List.of("atlas-1996", "atlas-2000", "atlas-2005"), cohort.appraisals().get(0).studies());
  }

  @Test
  void gradesEachComponentOfACompoundStatementAndTheStatementByTheWeakest() {
    CheckReport report = check("physical-examination.yaml");
    NassAssessment findings = assessment(report, "physical-findings");

    assertEquals(List.of(), report.problems(), "five single studies, each I: the published I agrees");
    assertEquals(Optional.of(Grade.I), findings.derived().grade());
    assertEquals(5, findings.components().size());
    assertTrue(findings.components().stream().allMatch(component -> component.derived().grade().equals(Optional.of(Grade.I))));
    assertEquals(List.of("Evidence table, component thigh-pain: Thigh pain with walking",
            "Evidence table, component sitting: Relief of pain on sitting", "Evidence table, component bilateral: Bilateral symptoms",
            "Evidence table, component gait: Wide-based gait", "Evidence table, component romberg: Abnormal Romberg test"),
        findings.tables().stream().map(Table::title).toList());
    assertTrue(findings.headlines().contains("component gait (Wide-based gait): derived I"), findings.headlines()::toString);
    Step first = findings.trace().steps().get(0);
    assertEquals("thigh-pain", first.inputs().get("component"));
    assertTrue(first.reason().startsWith("thigh-pain: "), first.reason());
    assertEquals("nass.compound.weakest-component", last(findings).rule());

    NassAssessment imaging = assessment(report, "imaging-tests");
    assertEquals(Optional.of(Grade.B), imaging.derived().grade());
    assertEquals(Optional.of(Direction.FOR), imaging.derived().direction());
  }

  @Test
  void showsEveryComponentInTheJsonReport() throws IOException {
    JsonNode json = Mappers.json().readTree(ReportWriter.render(check("physical-examination.yaml"), ReportFormat.JSON));

    JsonNode thigh = json.at("/recommendations/0/components/0");
    assertEquals("thigh-pain", thigh.get("id").asText());
    assertEquals("Thigh pain with walking", thigh.get("about").asText());
    assertEquals("I", thigh.at("/derived/grade").asText());
    assertEquals("thigh-study", thigh.at("/appraisals/0/study").asText());
    assertEquals("B", json.at("/recommendations/1/components/1/derived/grade").asText());
  }

  @Test
  void acceptsConsensusStatementsWithoutVotesAndWarnsOfConsensusDespiteEvidence() {
    CheckReport report = check("consensus.yaml");

    assertEquals(
        List.of(
            "INFO VOTES_NOT_PUBLISHED no-votes: the guideline does not publish the votes, so whether at least 80% ranked the"
                + " statement 7, 8 or 9 cannot be checked",
            "INFO VOTES_NOT_PUBLISHED insufficient-evidence: the guideline does not publish the votes, so whether at least 80%"
                + " ranked the statement 7, 8 or 9 cannot be checked",
            "WARNING CONSENSUS_DESPITE_EVIDENCE despite-evidence: the appraisals cited give B for (Grade B row, two or more"
                + " consistent Level II or III studies: comparative-b (III), comparative-c (III)); NASS makes consensus statements"
                + " \"only where Level I-IV evidence is insufficient\" (NASS 2024, p. 16)",
            "INFO VOTES_NOT_PUBLISHED despite-evidence: the guideline does not publish the votes, so whether at least 80%"
                + " ranked the statement 7, 8 or 9 cannot be checked"),
        problems(report));
    assertEquals(0, report.summary().disagreeing());
    NassAssessment insufficient = assessment(report, "insufficient-evidence");
    assertEquals(Optional.of(Grade.I), insufficient.derived().evidence().orElseThrow().grade());
    assertEquals(Optional.empty(), insufficient.consensus().orElseThrow().reached());
    assertTrue(insufficient.headlines().contains("consensus: votes not published, so the 80% rule cannot be checked"),
        insufficient.headlines()::toString);
  }

  @Test
  void listsAnUngradedCitationWithoutCountingIt() {
    CheckReport report = check("ungraded.yaml");
    NassAssessment ct = assessment(report, "ct-use");

    assertEquals(List.of("WARNING UNGRADED_CITATION ct-use cited-b: cited without a level: none is printed and the levels table"
            + " gives a diagnostic NOT_STATED study none (the text names no design); listed, not counted toward the grade"),
        problems(report));
    assertEquals(Optional.of(Grade.I), ct.derived().grade());
    assertEquals("not counted", ct.tables().get(0).rows().get(1).get(8));
  }

  @Test
  void permitsOneGradeBelowForIndirectEvidenceAndSaysWhichWasUsed() {
    CheckReport report = check("indirect.yaml");

    NassAssessment lower = assessment(report, "lower-permitted");
    assertEquals(List.of(Grade.A, Grade.B), lower.derived().permitted());
    assertEquals(List.of("INFO DISCRETION_USED lower-permitted: published B, one step below the derived A: osteoporotic-rct-a answers"
            + " the question only indirectly: A (derived, the default) or B (one step below) is permitted; the guideline published B,"
            + " the lower permitted grade"),
        lower.problems().stream().map(NassSystemTest::describe).toList());
    assertEquals("nass.indirect-evidence", last(lower).rule());
    assertTrue(results(report).get("lower-permitted").agrees());

    NassAssessment twoBelow = assessment(report, "two-below");
    assertEquals(List.of("GRADE_MISMATCH"), twoBelow.problems().stream().map(Problem::code).toList());
    assertTrue(twoBelow.problems().get(0).message().startsWith("derived grade A but published C (osteoporotic-rct-a, osteoporotic-rct-b"
        + " answer the question only indirectly"), twoBelow.problems().get(0).message());
  }

  @Test
  void footnotesTheSourcesReasonsAndSaysWhatRestsOnInferredValues() throws IOException {
    CheckReport report = check("provenance.yaml");

    assertEquals(
        List.of(
            "INFO RESTS_ON_INFERRED treatment series-b: what is derived from the appraisal of series-b (its derived Level IV;"
                + " its part in the grade) rests on inferred values studyType, finding (\"This paper provides Level IV evidence that"
                + " pain scores varied widely.\") (the encoder's reading, not the source's words)",
            "INFO APPRAISAL_VARIES prognosis trial-a: trial-a is appraised as a therapeutic RCT study under treatment; as a prognostic"
                + " RCT study under prognosis (the same paper may be read differently for different questions, NASS 2024, p. 13,"
                + " studies reviewed several times for different questions)",
            "INFO RESTS_ON_INFERRED prognosis trial-a: what is derived from the appraisal of trial-a (its derived Level II; the note"
                + " that its appraisal varies) rests on inferred value studyType (the encoder's reading, not the source's words)"),
        problems(report));
    Table table = assessment(report, "treatment").tables().get(0);
    assertEquals(List.of("trial-a", "THERAPEUTIC", "RCT", "I (stated)", "-1 (SMALL_SAMPLE, NONMASKED_REVIEWERS) [a]", "II", "II", "yes", "II",
        "SUPPORTS [b]"), table.rows().get(0));
    assertEquals("THERAPEUTIC [d]", table.rows().get(1).get(1));
    assertEquals("INCONCLUSIVE [c] [d]", table.rows().get(1).get(9));
    assertEquals(List.of(
            "a: downgrades: The work group downgraded this potential Level I paper due to small sample size and nonmasked reviewers.",
            "b: finding: This paper provides Level II evidence that treatment X reduces pain at 6 weeks.",
            "c: finding: This paper provides Level IV evidence that pain scores varied widely.",
            "d: inferred by the encoder, not read in the source"),
        table.notes());
    JsonNode json = Mappers.json().readTree(ReportWriter.render(report, ReportFormat.JSON));
    assertEquals("This paper provides Level II evidence that treatment X reduces pain at 6 weeks.",
        json.at("/recommendations/0/appraisals/0/reasons/finding").asText());
    assertEquals("finding", json.at("/recommendations/0/appraisals/1/inferred/1").asText());
    assertTrue(json.at("/recommendations/0/appraisals/0/inferred").isMissingNode(), "no empty inferred list");
  }

  @Test
  void rejectsWhatCannotBeGraded() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.read(TestResources.path(getClass(), "invalid.yaml")));

    assertEquals(
        List.of(
            "21 questions[0].recommendations[0].appraisals[0].reasons.imprecision: no field 'imprecision' to give a reason for"
                + " (expected one of: design, downgradeSteps, downgrades, finding, indirect, note, potentialLevel, publishedLevel,"
                + " studies, study, studyType)",
            "22 questions[0].recommendations[0].appraisals[0].inferred[1]: 'studyType' is marked as inferred twice",
            "23 questions[0].recommendations[0].appraisals[1].studies[1]: study 'a' is appraised twice for this recommendation"
                + " (also appraisals[0])",
            "23 questions[0].recommendations[0].appraisals[1].studies[2]: study 'b' is listed twice in studies",
            "34 questions[0].recommendations[1].components: a recommendation has appraisals or components (a compound statement),"
                + " not both",
            "38 questions[0].recommendations[1].components[1].id: duplicate component id 'rest' (first used at components[0].id)",
            "44 questions[0].recommendations[2].components: a consensus statement carries the appraisals it found insufficient,"
                + " not components"),
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
                + " components, consensus, id, published, statement)",
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

  private static Step last(NassAssessment result) {
    return result.trace().steps().get(result.trace().steps().size() - 1);
  }

  private static String describe(Problem problem) {
    return problem.severity() + " " + problem.code() + " " + problem.at() + problem.item().map(i -> " " + i).orElse("")
        + ": " + problem.message();
  }

  private static String describe(InputError error) {
    return error.line().orElse(0) + " " + error.path() + ": " + error.message();
  }
}
