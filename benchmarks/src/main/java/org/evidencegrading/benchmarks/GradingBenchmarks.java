package org.evidencegrading.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.evidencegrading.gradeapproach.certainty.OutcomeCertainty;
import org.evidencegrading.gradeapproach.certainty.OutcomeRating;
import org.evidencegrading.gradeapproach.certainty.OverallCertainty;
import org.evidencegrading.gradeapproach.certainty.OverallRating;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.GuidelineInfo;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Study;
import org.evidencegrading.nass.NassSystem;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.DowngradeReason;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.NassPublished;
import org.evidencegrading.nass.model.NassRecommendation;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.nass.result.NassAssessment;
import org.evidencegrading.trace.Derivation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The rules, one recommendation or outcome at a time: average time per call. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GradingBenchmarks {

  private final NassSystem nass = new NassSystem();
  private final NassRecommendation recommendation = nassRecommendation();
  private final Question question = Question.builder().id("q").addRecommendations(recommendation).build();
  private final Guideline guideline = Guideline.builder()
      .guideline(GuidelineInfo.builder().id("benchmark").system("NASS").build())
      .addAllStudies(recommendation.appraisals().stream().map(a -> Study.builder().id(a.name()).build()).toList())
      .addQuestions(question)
      .build();
  private final Outcome outcome = Outcome.builder()
      .id("pain")
      .name("Pain at 1 month")
      .importance(9)
      .addStudies("s1", "s2")
      .design(StudyDesign.RANDOMIZED)
      .riskOfBias(Concern.SERIOUS)
      .inconsistency(Concern.NOT_SERIOUS)
      .indirectness(Concern.NOT_SERIOUS)
      .imprecision(Concern.SERIOUS)
      .publicationBias(Concern.NOT_SERIOUS)
      .favors(Favors.INTERVENTION)
      .build();
  private final List<OutcomeCertainty> outcomes = ratedOutcomes();

  /** Eight appraisals of every kind the NASS rules distinguish: stated and table levels, downgrades, all findings. */
  private static NassRecommendation nassRecommendation() {
    Design[] designs = {Design.RCT, Design.PROSPECTIVE_COMPARATIVE, Design.RETROSPECTIVE_COMPARATIVE, Design.RETROSPECTIVE_CASE_SERIES};
    Finding[] findings = {Finding.SUPPORTS, Finding.SUPPORTS, Finding.SUPPORTS, Finding.OPPOSES, Finding.SUPPORTS,
        Finding.INCONCLUSIVE, Finding.SUPPORTS, Finding.SUPPORTS};
    NassRecommendation.Builder builder = NassRecommendation.builder()
        .id("r")
        .statement("Treatment X is suggested for the improvement of pain.")
        .published(NassPublished.builder().grade(Grade.B).build());
    for (int i = 0; i < 8; i++) {
      Appraisal.Builder appraisal = Appraisal.builder()
          .study("study-" + i)
          .studyType(StudyType.THERAPEUTIC)
          .design(designs[i % 4])
          .finding(findings[i]);
      if (i % 3 == 0) {
        appraisal.potentialLevel(Level.values()[i % 4]).addDowngrades(DowngradeReason.SMALL_SAMPLE);
      }
      builder.addAppraisals(appraisal.publishedLevel(Level.values()[Math.min(i % 4 + (i % 3 == 0 ? 1 : 0), 3)]).build());
    }
    return builder.build();
  }

  private List<OutcomeCertainty> ratedOutcomes() {
    ImmutableList.Builder<OutcomeCertainty> rated = ImmutableList.builder();
    for (int i = 0; i < 5; i++) {
      Outcome each = outcome.withId("o" + i).withImportance(i < 3 ? 9 : 5).withImprecision(Concern.values()[i % 3]);
      rated.add(OutcomeCertainty.of(each, OutcomeRating.rule(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN).apply(each).value().permitted()));
    }
    return rated.build();
  }

  /** Grading a NASS recommendation with 8 appraisals: levels, grade, wording, problems, trace. */
  @Benchmark
  public NassAssessment nassRecommendationWithEightAppraisals() {
    return nass.assess(question, recommendation, guideline);
  }

  /** The certainty of one GRADE outcome, with its trace. */
  @Benchmark
  public Derivation<RatedOutcome> gradeCertaintyOfAnOutcome() {
    return OutcomeRating.rule(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN).apply(outcome);
  }

  /** The overall certainty of a recommendation of 5 outcomes, 3 of them critical. */
  @Benchmark
  public Derivation<Optional<OverallRating>> gradeOverallCertaintyOfARecommendation() {
    return OverallCertainty.rule().apply(outcomes);
  }
}
