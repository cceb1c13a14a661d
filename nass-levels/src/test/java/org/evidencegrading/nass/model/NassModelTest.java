package org.evidencegrading.nass.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.evidencegrading.model.Citation;
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

  static final NassRecommendation RECOMMENDATION = NassRecommendation.builder()
      .id("medical-treatment-3a")
      .statement("There is insufficient evidence ...")
      .published(NassPublished.builder().grade(Grade.I).build())
      .addAppraisals(APPRAISAL)
      .build();

  static final NassRecommendation CONSENSUS = NassRecommendation.builder()
      .id("c")
      .statement("In the absence of reliable evidence, it is the work group's opinion that ...")
      .published(NassPublished.builder().grade(Grade.CONSENSUS).build())
      .consensus(Consensus.builder()
          .addRounds(VoteRound.builder().addVotes(9, 8, 7, 6).build(), VoteRound.builder().addVotes(9, 9, 8, 7).build())
          .build())
      .build();

  @Test
  void everySerializedTypeRoundTrips() {
    RoundTrip.assertRoundTrips(APPRAISAL, Appraisal.class, "NASS");
    RoundTrip.assertRoundTrips(RECOMMENDATION, NassRecommendation.class, "NASS");
    RoundTrip.assertRoundTrips(CONSENSUS, NassRecommendation.class, "NASS");
    RoundTrip.assertRoundTrips(CONSENSUS.consensus().orElseThrow(), Consensus.class, "NASS");
    RoundTrip.assertRoundTrips(CONSENSUS.consensus().orElseThrow().rounds().get(0), VoteRound.class, "NASS");
    RoundTrip.assertRoundTrips(RECOMMENDATION.published().orElseThrow(), NassPublished.class, "NASS");
  }

  @Test
  void citesEveryAppraisedStudyWithItsPath() {
    assertEquals(List.of(Citation.of("appraisals[0].study", "berenson-2011")), RECOMMENDATION.citations());
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
}
