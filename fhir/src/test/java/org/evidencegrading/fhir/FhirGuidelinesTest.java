package org.evidencegrading.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import com.google.common.collect.ImmutableList;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.CostEffectiveness;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Effect;
import org.evidencegrading.gradeapproach.model.EffectMagnitude;
import org.evidencegrading.gradeapproach.model.EffectMeasure;
import org.evidencegrading.gradeapproach.model.Equity;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.GradeApproachRecommendation;
import org.evidencegrading.gradeapproach.model.LargeEffect;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.OutcomePublished;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.gradeapproach.model.ResourceRequirements;
import org.evidencegrading.gradeapproach.model.ResourcesCertainty;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.gradeapproach.model.YesNoJudgment;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.model.Direction;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.GuidelineInfo;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Study;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Consensus;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.DowngradeReason;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.NassPublished;
import org.evidencegrading.nass.model.NassRecommendation;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.nass.model.VoteRound;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Bundle reads back into the guideline it was written from, which checks the same: the same
 * derived values, the same problems, the same JSON report.
 */
class FhirGuidelinesTest {

  @TempDir Path directory;

  /** Exports the guideline, imports the Bundle, and compares the guidelines and their checks. */
  private void assertRoundTrips(Guideline guideline) throws IOException {
    CheckReport report = Checker.check(guideline);
    Path bundle = directory.resolve(guideline.guideline().id() + ".json");
    Files.writeString(bundle, FhirBundles.of(report, guideline), StandardCharsets.UTF_8);
    Guideline imported = FhirGuidelines.read(bundle);
    assertEquals(guideline, imported);
    assertEquals(ReportWriter.render(report, ReportFormat.JSON), ReportWriter.render(Checker.check(imported), ReportFormat.JSON));
  }

  @Test
  void theNassSeedRoundTrips() throws IOException {
    assertRoundTrips(GuidelineReader.read(FhirBundlesTest.NASS));
  }

  @Test
  void theDanishSeedRoundTrips() throws IOException {
    assertRoundTrips(GuidelineReader.read(FhirBundlesTest.DANISH));
  }

  @Test
  void aGuidelineWithEffectDataRoundTrips() throws IOException {
    assertRoundTrips(GuidelineReader.read(FhirBundlesTest.accp()));
  }

  /** What the seeds do not have: votes, downgrade steps, no publisher, year or title, ids and text needing escapes. */
  @Test
  void everyNassFieldRoundTrips() throws IOException {
    assertRoundTrips(Guideline.builder()
        .guideline(GuidelineInfo.builder().id("nass-round-trip").system("NASS").build())
        .addStudies(Study.builder().id("trial-a.b_2").doi("10.1000/xyz").build(), Study.builder().id("series-c").build())
        .addQuestions(
            Question.builder().id("q-1").section("Diagnosis & <imaging>").note("No studies \"at all\".").build(),
            Question.builder().id("q2").text("Is X better than Y?")
                .addRecommendations(
                    NassRecommendation.builder().id("q2a").statement("X is suggested for pain & <disability>.")
                        .published(NassPublished.builder().grade(Grade.C).build())
                        .addAppraisals(
                            Appraisal.builder().study("trial-a.b_2").studyType(StudyType.THERAPEUTIC).design(Design.RCT)
                                .potentialLevel(Level.I).addDowngrades(DowngradeReason.SMALL_SAMPLE, DowngradeReason.LOW_FOLLOW_UP)
                                .downgradeSteps(2).publishedLevel(Level.III).finding(Finding.SUPPORTS).note("two steps").build(),
                            Appraisal.builder().study("series-c").studyType(StudyType.PROGNOSTIC)
                                .design(Design.RETROSPECTIVE_CASE_SERIES).finding(Finding.OPPOSES).build())
                        .build(),
                    NassRecommendation.builder().id("q2b").statement("In the work group's opinion, X is an option.")
                        .published(NassPublished.builder().grade(Grade.CONSENSUS).build())
                        .consensus(Consensus.builder()
                            .addRounds(VoteRound.builder().addVotes(9, 8, 6, 5).build(), VoteRound.builder().addVotes(9, 9, 8, 7).build())
                            .build())
                        .build())
                .build())
        .build());
  }

  /**
   * What the seeds do not have: large effects and upgrades, a paradigmatic situation, an effect
   * without interval, every evidence-to-decision criterion (with "varies", "don't know" and "no
   * included studies"), certainty ranges, an outcome without evidence, an outcome sufficient alone,
   * a declined recommendation, and reasons and inferences in an order of the encoder's, on every
   * block that has them.
   */
  static Guideline everyGradeField() {
    Outcome mortality = Outcome.builder().id("mortality").name("Mortality").importance(9).addStudies("cohort-1")
        .design(StudyDesign.OBSERVATIONAL).riskOfBias(Concern.NOT_SERIOUS).inconsistency(Concern.NOT_SERIOUS)
        .indirectness(Concern.NOT_SERIOUS).imprecision(Concern.NOT_SERIOUS).publicationBias(Concern.NOT_SERIOUS)
        .largeEffect(LargeEffect.VERY_LARGE).doseResponse(true).plausibleConfounding(true).sufficientAlone(true)
        .favors(Favors.INTERVENTION).studyCount(3).effect(Effect.builder().measure(EffectMeasure.HR).estimate(0.15).build())
        .published(OutcomePublished.builder().certaintyRange(ImmutableList.of(Certainty.MODERATE, Certainty.HIGH)).certaintySymbol("⊕⊕⊕◯").build())
        .putReasons("studies", "the cohorts of the review's Table 2")
        .putReasons("largeEffect", "HR 0.15")
        .putReasons("importance", "death")
        .addInferred("studyCount", "importance")
        .build();
    Outcome harm = Outcome.builder().id("harm").name("Serious harm").importance(4).addStudies("cohort-1")
        .design(StudyDesign.NON_RANDOMIZED_ROBINS_I).riskOfBias(Concern.EXTREMELY_SERIOUS).inconsistency(Concern.VERY_SERIOUS)
        .indirectness(Concern.SERIOUS).imprecision(Concern.NOT_SERIOUS).publicationBias(Concern.NOT_SERIOUS)
        .largeEffect(LargeEffect.LARGE).participants(120)
        .effect(Effect.builder().measure(EffectMeasure.SMD).estimate(-0.2).ciLow(-0.5).ciHigh(0.1).build()).build();
    Outcome quality = Outcome.builder().id("quality-of-life").name("Quality of life").importance(7).noEvidence(true)
        .putReasons("noEvidence", "no study measured it").build();
    Decision decision = Decision.builder()
        .priority(YesNoJudgment.YES).desirableEffects(EffectMagnitude.LARGE).undesirableEffects(EffectMagnitude.VARIES)
        .valuesVariability(ValuesVariability.PROBABLY_NO_IMPORTANT).balance(Balance.CLEARLY_FAVORS_INTERVENTION)
        .resources(ResourceRequirements.DONT_KNOW).resourcesCertainty(ResourcesCertainty.NO_INCLUDED_STUDIES)
        .costEffectiveness(CostEffectiveness.NO_INCLUDED_STUDIES).equity(Equity.PROBABLY_NO_IMPACT)
        .acceptability(YesNoJudgment.PROBABLY_YES).feasibility(YesNoJudgment.DONT_KNOW)
        .paradigmaticSituation(ParadigmaticSituation.LIFE_THREATENING)
        .putReasons("feasibility", "not discussed by the panel")
        .putReasons("priority", "the leading cause of death in the population")
        .putReasons("paradigmaticSituation", "the condition is fatal untreated")
        .addInferred("equity", "acceptability", "priority")
        .build();
    return Guideline.builder()
        .guideline(GuidelineInfo.builder().id("grade-round-trip").title("Round trip").publisher("A panel").year(2021).system("GRADE").build())
        .addStudies(Study.builder().id("cohort-1").citation("Cohort 1").build())
        .addQuestions(Question.builder().id("q1").population("Adults").intervention("X")
            .addRecommendations(
                GradeApproachRecommendation.builder().id("r1").statement("We recommend X.")
                    .published(GradeApproachPublished.builder().direction(Direction.FOR).strength(Strength.STRONG)
                        .certaintyRange(ImmutableList.of(Certainty.LOW, Certainty.MODERATE)).symbol("↑↑")
                        .putReasons("strength", "a life-threatening condition").addInferred("direction").build())
                    .addOutcomes(mortality, harm, quality)
                    .decision(decision)
                    .build(),
                GradeApproachRecommendation.builder().id("r2").statement("It is good practice to do Y.")
                    .published(GradeApproachPublished.builder().goodPractice(true).symbol("√").build())
                    .goodPractice(GoodPracticeCriteria.builder().necessary(true).netBenefitClear(true)
                        .evidenceCollectionPoorUseOfResources(true).rationaleExplicit(false).actionable(true)
                        .putReasons("rationaleExplicit", "the text gives none").addInferred("necessary").build())
                    .build(),
                GradeApproachRecommendation.builder().id("r3").statement("We make no recommendation on Z.")
                    .published(GradeApproachPublished.builder().noRecommendation(true).certainty(Certainty.VERY_LOW)
                        .putReasons("noRecommendation", "the panel was divided").build())
                    .build())
            .build())
        .build();
  }

  @Test
  void everyGradeFieldRoundTrips() throws IOException {
    assertRoundTrips(everyGradeField());
  }

  @Test
  void aFileThatIsNotABundleIsAnInvalidGuidelineNamingTheFile() throws IOException {
    Path file = Files.writeString(directory.resolve("not-a-bundle.json"), "{\"resourceType\": \"Patient\"}");
    InvalidGuidelineException e = assertThrows(InvalidGuidelineException.class, () -> FhirGuidelines.read(file));
    assertEquals(file + ": not a FHIR document Bundle (expected resourceType Bundle, type document)", e.getMessage());
  }

  @Test
  void aFileThatIsNotJsonIsAnInvalidGuideline() throws IOException {
    Path file = Files.writeString(directory.resolve("bundle.json"), "{\"resourceType\": ");
    InvalidGuidelineException e = assertThrows(InvalidGuidelineException.class, () -> FhirGuidelines.read(file));
    assertTrue(e.getMessage().startsWith(file + ":1:18: resourceType: the document ends too early (is the file truncated?)"), e.getMessage());
  }
}
