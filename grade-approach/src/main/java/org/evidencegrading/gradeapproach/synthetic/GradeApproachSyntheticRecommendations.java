package org.evidencegrading.gradeapproach.synthetic;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.SplittableRandom;
import org.evidencegrading.gradeapproach.certainty.OutcomeCertainty;
import org.evidencegrading.gradeapproach.certainty.OutcomeRating;
import org.evidencegrading.gradeapproach.certainty.OverallCertainty;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.GradeApproachRecommendation;
import org.evidencegrading.gradeapproach.model.LargeEffect;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.gradeapproach.symbols.CertaintySymbol;
import org.evidencegrading.model.Direction;
import org.evidencegrading.system.SyntheticRecommendations;

/**
 * Synthetic GRADE recommendations: one outcome per cited study, the first critical, with an
 * evidence-to-decision block whose balance favors the intervention; published are the certainty the
 * rules derive, with the matching ⊕ symbol (except for one recommendation in twenty whose certainty
 * is published one level off), the direction the balance gives, and a strength the generator
 * chooses as a panel might: strong for one in two of those GRADE's guidance does not call
 * discordant (a balance that clearly favors the intervention, moderate or high certainty, no
 * important variability in values), conditional otherwise.
 */
public final class GradeApproachSyntheticRecommendations implements SyntheticRecommendations<GradeApproachRecommendation> {

  @Override
  public int defaultEvidence() {
    return 5;
  }

  @Override
  public GradeApproachRecommendation recommendation(String id, List<String> studies, SplittableRandom random) {
    ImmutableList.Builder<Outcome> outcomes = ImmutableList.builder();
    ImmutableList.Builder<OutcomeCertainty> rated = ImmutableList.builder();
    for (int o = 0; o < studies.size(); o++) {
      Outcome outcome = Outcome.builder()
          .id(id + "-outcome-" + (o + 1))
          .name("Outcome " + (o + 1) + " at " + (1 + random.nextInt(12)) + " months")
          .importance(o == 0 ? 9 : 4 + random.nextInt(6))
          .addStudies(studies.get(o))
          .design(random.nextInt(4) == 0 ? StudyDesign.OBSERVATIONAL : StudyDesign.RANDOMIZED)
          .riskOfBias(concern(random))
          .inconsistency(concern(random))
          .indirectness(concern(random))
          .imprecision(concern(random))
          .publicationBias(concern(random))
          .largeEffect(random.nextInt(8) == 0 ? LargeEffect.LARGE : LargeEffect.NONE)
          .favors(random.nextInt(4) == 0 ? Favors.NEITHER : Favors.INTERVENTION)
          .build();
      outcomes.add(outcome);
      rated.add(OutcomeCertainty.of(outcome, OutcomeRating.rule(UpgradePolicy.DEFAULT).apply(outcome).value().permitted()));
    }
    Certainty certainty = OverallCertainty.rule().apply(rated.build()).value().orElseThrow().certainty();
    Balance balance = random.nextBoolean() ? Balance.CLEARLY_FAVORS_INTERVENTION : Balance.PROBABLY_FAVORS_INTERVENTION;
    ValuesVariability values = ValuesVariability.values()[random.nextInt(ValuesVariability.values().length)];
    Decision decision = Decision.builder().balance(balance).valuesVariability(values).build();
    boolean strongFits = balance.clearly() && certainty.atLeast(Certainty.MODERATE) && values == ValuesVariability.NO_IMPORTANT;
    Strength strength = strongFits && random.nextBoolean() ? Strength.STRONG : Strength.CONDITIONAL;
    if (random.nextInt(20) == 0) {
      certainty = Certainty.values()[(certainty.ordinal() + 1) % Certainty.values().length];
    }
    return GradeApproachRecommendation.builder()
        .id(id)
        .statement("Consider offering intervention " + id + " to adults with painful vertebral lesions.")
        .published(GradeApproachPublished.builder()
            .direction(Direction.FOR)
            .strength(strength)
            .certainty(certainty)
            .certaintySymbol(CertaintySymbol.of(certainty))
            .build())
        .addAllOutcomes(outcomes.build())
        .decision(decision)
        .build();
  }

  private static Concern concern(SplittableRandom random) {
    int roll = random.nextInt(10);
    return roll < 7 ? Concern.NOT_SERIOUS : roll < 9 ? Concern.SERIOUS : Concern.VERY_SERIOUS;
  }
}
