package org.evidencegrading.nass;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.nass.consensus.ConsensusRule;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.grades.GradeOfRecommendation;
import org.evidencegrading.nass.grades.NassGrade;
import org.evidencegrading.nass.levels.AppraisalLevels;
import org.evidencegrading.nass.levels.LevelsOfEvidenceTable;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.NassPublished;
import org.evidencegrading.nass.model.NassRecommendation;
import org.evidencegrading.nass.result.AppraisalResult;
import org.evidencegrading.nass.result.ConsensusResult;
import org.evidencegrading.nass.result.NassDerived;
import org.evidencegrading.nass.result.NassAssessment;
import org.evidencegrading.nass.wording.GradedStatement;
import org.evidencegrading.nass.wording.StandardWording;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.nass.properties.NassPropertySets;
import org.evidencegrading.system.ErrorSink;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.SyntheticRecommendations;
import org.evidencegrading.nass.synthetic.NassSyntheticRecommendations;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;

/**
 * The North American Spine Society's levels of evidence and grades of recommendation as a grading
 * system ({@code system: NASS}). For each recommendation it derives every appraisal's level
 * ({@link AppraisalLevels}), the grade the levels deserve ({@link GradeOfRecommendation}) or, for a
 * consensus statement, whether the votes reached consensus ({@link ConsensusRule}), and checks the
 * statement's wording ({@link StandardWording}).
 */
public final class NassSystem implements GradingSystem<NassRecommendation, NassAssessment> {

  /** The id guideline files name. */
  public static final String ID = "NASS";

  /** The NASS system (it has no configuration). */
  public NassSystem() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "North American Spine Society levels of evidence and grades of recommendation";
  }

  @Override
  public Class<NassRecommendation> recommendationType() {
    return NassRecommendation.class;
  }

  @Override
  public Optional<SyntheticRecommendations<NassRecommendation>> synthetic() {
    return Optional.of(new NassSyntheticRecommendations());
  }

  @Override
  public ImmutableList<ProblemCode> problemCodes() {
    return NassProblems.ALL;
  }

  /** The properties of the linking rule over every body of evidence up to {@code bounds.maxStudies()} studies. */
  @Override
  public ImmutableList<PropertyGroup<?>> properties(PropertyBounds bounds) {
    return NassPropertySets.of(bounds.maxStudies());
  }

  @Override
  public void validate(NassRecommendation recommendation, Guideline guideline, ErrorSink errors) {
    boolean consensus = recommendation.consensus().isPresent();
    if (consensus && !recommendation.appraisals().isEmpty()) {
      errors.error("consensus", "a recommendation has either appraisals or consensus votes, not both");
    }
    if (!consensus && recommendation.published().map(NassPublished::grade).orElse(null) == Grade.CONSENSUS) {
      errors.error("published.grade", "a CONSENSUS grade needs the votes: add consensus.rounds");
    }
    Map<String, Integer> appraised = new HashMap<>();
    for (int i = 0; i < recommendation.appraisals().size(); i++) {
      Appraisal appraisal = recommendation.appraisals().get(i);
      String path = "appraisals[" + i + "]";
      Integer first = appraised.putIfAbsent(appraisal.study(), i);
      if (first != null) {
        errors.error(path + ".study", "study '" + appraisal.study() + "' is appraised twice for this recommendation (also appraisals[" + first + "])");
      }
      if (appraisal.publishedLevel().isEmpty() && appraisal.potentialLevel().isEmpty()
          && LevelsOfEvidenceTable.table().cell(appraisal.studyType(), appraisal.design()).level().isEmpty()) {
        errors.error(path, "the appraisal of '" + appraisal.study() + "' has no level: give publishedLevel or potentialLevel"
            + " (the levels table gives no potential level to a " + appraisal.studyType() + " " + appraisal.design() + " study)");
      }
    }
  }

  @Override
  public NassAssessment assess(Question question, NassRecommendation recommendation, Guideline guideline) {
    NassAssessment.Builder result =
        NassAssessment.builder()
            .recommendation(recommendation)
            .published(recommendation.published());
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    Optional<Grade> derivedGrade;
    if (recommendation.consensus().isPresent()) {
      Derivation<Optional<Integer>> consensus = ConsensusRule.rule().apply(recommendation.consensus().get());
      derivedGrade = consensus.value().map(round -> Grade.CONSENSUS);
      result.derived(NassDerived.builder().grade(derivedGrade).build())
          .trace(consensus.trace())
          .consensus(ConsensusResult.builder()
              .reached(consensus.value().isPresent())
              .round(consensus.value())
              .rounds(recommendation.consensus().get().rounds().size())
              .build());
      if (consensus.value().isEmpty() && isPublished(recommendation, Grade.CONSENSUS)) {
        problems.add(NassProblems.CONSENSUS_NOT_REACHED.at(recommendation.id(),
            "no voting round reached 80% of votes at 7, 8 or 9 in " + recommendation.consensus().get().rounds().size()
                + " rounds, yet the recommendation is published as a consensus statement"));
      }
    } else {
      ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
      for (Appraisal appraisal : recommendation.appraisals()) {
        AppraisalLevels levels = AppraisalLevels.of(appraisal);
        result.addAppraisals(AppraisalResult.of(levels));
        levels.gradingLevel().ifPresent(level -> evidence.add(Evidence.of(appraisal.study(), level, appraisal.finding())));
        if (levels.agrees().equals(Optional.of(false))) {
          problems.add(levelMismatch(recommendation, levels));
        }
      }
      Derivation<NassGrade> grade = GradeOfRecommendation.rule().apply(evidence.build());
      derivedGrade = Optional.of(grade.value().grade());
      result.derived(NassDerived.builder().grade(grade.value().grade()).direction(grade.value().direction()).build())
          .trace(grade.trace());
    }
    Optional<Grade> published = recommendation.published().map(NassPublished::grade);
    boolean agrees = published.isEmpty() || published.equals(derivedGrade);
    if (!agrees && recommendation.consensus().isEmpty()) {
      problems.add(NassProblems.GRADE_MISMATCH.at(recommendation.id(),
          "derived grade " + derivedGrade.map(Grade::name).orElse("none") + " but published " + published.get().name()));
    } else if (!agrees) {
      problems.add(NassProblems.GRADE_MISMATCH.at(recommendation.id(),
          "the votes give " + derivedGrade.map(Grade::name).orElse("no recommendation") + " but published " + published.get().name()));
    }
    Optional<Grade> worded = published.or(() -> derivedGrade);
    if (worded.isPresent()) {
      Derivation<Boolean> wording = StandardWording.rule().apply(GradedStatement.of(worded.get(), recommendation.statement()));
      if (!wording.value()) {
        problems.add(NassProblems.WORDING_MISMATCH.at(recommendation.id(), wording.step().reason()));
      }
    }
    return result.addAllProblems(problems.build()).build();
  }

  private static boolean isPublished(NassRecommendation recommendation, Grade grade) {
    return recommendation.published().map(NassPublished::grade).orElse(null) == grade;
  }

  private static Problem levelMismatch(NassRecommendation recommendation, AppraisalLevels levels) {
    String derivation = levels.trace().steps().stream()
        .filter(step -> !step.rule().equals(AppraisalLevels.GRADING_LEVEL_ID))
        .map(Step::reason)
        .collect(Collectors.joining("; "));
    return NassProblems.LEVEL_MISMATCH.at(recommendation.id(), levels.appraisal().study(),
        "derived " + levels.derivedLevel().orElseThrow().label() + " (" + derivation + ") but published "
            + levels.appraisal().publishedLevel().orElseThrow().label());
  }
}
