package org.evidencegrading.nass.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.evidencegrading.model.Citation;
import org.evidencegrading.system.Provenances;
import org.evidencegrading.testing.RoundTrip;
import org.junit.jupiter.api.Test;

class NassModelTest {

  static final Appraisal APPRAISAL = Appraisal.builder()
      .study("berenson-2011")
      .studyType(StudyType.THERAPEUTIC)
      .design(Design.RCT)
      .potentialLevel(Level.I)
      .addDowngrades(DowngradeReason.NONCONSECUTIVE_PATIENTS, DowngradeReason.OTHER)
      .downgradeSteps(1)
      .publishedLevel(Level.II)
      .finding(Finding.SUPPORTS)
      .note("a note")
      .build();

  /** Revision 2: several reports of one study, indirect, a design not stated, reasons and inferred fields. */
  static final Appraisal SERIES = Appraisal.builder()
      .addStudies("atlas-1996", "atlas-2000", "atlas-2005")
      .studyType(StudyType.PROGNOSTIC)
      .design(Design.NOT_STATED)
      .publishedLevel(Level.III)
      .finding(Finding.OPPOSES)
      .indirect(true)
      .putReasons("publishedLevel", "This paper provides Level III evidence that ...")
      .addInferred("studyType", "finding")
      .build();

  static final NassRecommendation RECOMMENDATION = NassRecommendation.builder()
      .id("medical-treatment-3a")
      .statement("There is insufficient evidence ...")
      .published(NassPublished.builder().grade(Grade.I).build())
      .addAppraisals(APPRAISAL, SERIES)
      .build();

  static final NassRecommendation CONSENSUS = NassRecommendation.builder()
      .id("c")
      .statement("In the absence of reliable evidence, it is the work group's opinion that ...")
      .published(NassPublished.builder().grade(Grade.CONSENSUS).build())
      .consensus(Consensus.builder()
          .addRounds(VoteRound.builder().addVotes(9, 8, 7, 6).build(), VoteRound.builder().addVotes(9, 9, 8, 7).build())
          .build())
      .build();

  static final NassRecommendation COMPOUND = NassRecommendation.builder()
      .id("dx-physical")
      .statement("There is insufficient evidence to make a recommendation for or against ...")
      .published(NassPublished.builder().grade(Grade.I).build())
      .addComponents(
          Component.builder().id("thigh-pain").about("Thigh pain with walking").addAppraisals(APPRAISAL).build(),
          Component.builder().id("night-pain").about("Night pain").addAppraisals(SERIES).build())
      .build();

  /** A consensus statement whose votes are not published, with the appraisal it found insufficient. */
  static final NassRecommendation CONSENSUS_WITHOUT_VOTES = NassRecommendation.builder()
      .id("c2")
      .statement("In the absence of reliable evidence, it is the work group's opinion that ...")
      .published(NassPublished.builder().grade(Grade.CONSENSUS).build())
      .consensus(Consensus.builder().build())
      .addAppraisals(APPRAISAL)
      .build();

  @Test
  void everySerializedTypeRoundTrips() {
    RoundTrip.assertRoundTrips(APPRAISAL, Appraisal.class, "NASS");
    RoundTrip.assertRoundTrips(SERIES, Appraisal.class, "NASS");
    RoundTrip.assertRoundTrips(RECOMMENDATION, NassRecommendation.class, "NASS");
    RoundTrip.assertRoundTrips(CONSENSUS, NassRecommendation.class, "NASS");
    RoundTrip.assertRoundTrips(COMPOUND, NassRecommendation.class, "NASS");
    RoundTrip.assertRoundTrips(COMPOUND.components().get(0), Component.class, "NASS");
    RoundTrip.assertRoundTrips(CONSENSUS_WITHOUT_VOTES, NassRecommendation.class, "NASS");
    RoundTrip.assertRoundTrips(CONSENSUS_WITHOUT_VOTES.consensus().orElseThrow(), Consensus.class, "NASS");
    RoundTrip.assertRoundTrips(CONSENSUS.consensus().orElseThrow(), Consensus.class, "NASS");
    RoundTrip.assertRoundTrips(CONSENSUS.consensus().orElseThrow().rounds().get(0), VoteRound.class, "NASS");
    RoundTrip.assertRoundTrips(RECOMMENDATION.published().orElseThrow(), NassPublished.class, "NASS");
  }

  @Test
  void citesEveryAppraisedStudyWithItsPath() {
    assertEquals(List.of(
            Citation.of("appraisals[0].study", "berenson-2011"),
            Citation.of("appraisals[1].studies[0]", "atlas-1996"),
            Citation.of("appraisals[1].studies[1]", "atlas-2000"),
            Citation.of("appraisals[1].studies[2]", "atlas-2005")),
        RECOMMENDATION.citations());
    assertEquals(List.of(
            Citation.of("components[0].appraisals[0].study", "berenson-2011"),
            Citation.of("components[1].appraisals[0].studies[0]", "atlas-1996"),
            Citation.of("components[1].appraisals[0].studies[1]", "atlas-2000"),
            Citation.of("components[1].appraisals[0].studies[2]", "atlas-2005")),
        COMPOUND.citations());
  }

  @Test
  void anAppraisalNamesItsStudyOnceAndIsNamedByItsReports() {
    assertEquals("atlas-1996+atlas-2000+atlas-2005", SERIES.name());
    assertEquals(List.of("berenson-2011"), APPRAISAL.cited());
    IllegalStateException neither = assertThrows(IllegalStateException.class, () -> Appraisal.builder()
        .studyType(StudyType.THERAPEUTIC).design(Design.RCT).finding(Finding.SUPPORTS).build());
    assertEquals("an appraisal names its study: give study, or studies for several reports of one study", neither.getMessage());
    IllegalStateException both = assertThrows(IllegalStateException.class, () -> APPRAISAL.withStudies("atlas-1996"));
    assertEquals("an appraisal names its study once: give study or studies, not both", both.getMessage());
  }

  @Test
  void reasonsAndInferredNameTheAppraisalsFields() {
    assertEquals(List.of("design", "downgradeSteps", "downgrades", "finding", "indirect", "note", "potentialLevel", "publishedLevel",
        "studies", "study", "studyType"), List.copyOf(Provenances.fields(Appraisal.class)));
  }

  @Test
  void aConsensusStatementIsOneWithVotesOrPublishedAsConsensus() {
    assertEquals(true, CONSENSUS.consensusStatement());
    assertEquals(true, CONSENSUS_WITHOUT_VOTES.consensusStatement());
    assertEquals(false, CONSENSUS_WITHOUT_VOTES.consensus().orElseThrow().votesPublished());
    assertEquals(false, RECOMMENDATION.consensusStatement());
  }

  @Test
  void oneDowngradeStepByDefaultWhateverTheNumberOfReasons() {
    Appraisal plain = Appraisal.builder().study("s").studyType(StudyType.THERAPEUTIC).design(Design.RCT).finding(Finding.SUPPORTS).build();
    assertEquals(0, plain.effectiveDowngradeSteps());
    assertEquals(1, plain.withDowngrades(DowngradeReason.SMALL_SAMPLE, DowngradeReason.LOW_FOLLOW_UP, DowngradeReason.SELECTION_BIAS)
        .effectiveDowngradeSteps());
    assertEquals(2, APPRAISAL.withDowngradeSteps(2).effectiveDowngradeSteps());
    assertThrows(IllegalStateException.class, () -> APPRAISAL.withDowngradeSteps(4));
  }

  @Test
  void levelsGoDownToLevelFourAndLevelFiveStays() {
    assertEquals(Level.II, Level.I.lowered(1));
    assertEquals(Level.IV, Level.II.lowered(5));
    assertEquals(Level.V, Level.V.lowered(1));
    assertEquals(Level.III, Level.III.lowered(0));
  }

  @Test
  void gradesStepDownFromAToI() {
    assertEquals(java.util.Optional.of(Grade.B), Grade.A.oneStepBelow());
    assertEquals(java.util.Optional.empty(), Grade.I.oneStepBelow());
    assertEquals(true, Grade.I.isWeakerThan(Grade.C));
    assertEquals(false, Grade.CONSENSUS.isWeakerThan(Grade.A));
  }
}
