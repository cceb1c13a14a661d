package org.evidencegrading.testing;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.system.ErrorSink;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * The toy grading system: enough cited studies make a recommendation strong. The service loader
 * gives id {@code TOY} with two studies; tests build others in code, with another id and threshold.
 */
public final class ToySystem implements GradingSystem<ToyRecommendation, ToyAssessment> {

  public static final ProblemCode VERDICT_MISMATCH =
      ProblemCode.of("VERDICT_MISMATCH", Severity.ERROR, "the derived verdict differs from the published one");
  public static final ProblemCode HEAVY =
      ProblemCode.of("HEAVY", Severity.WARNING, "a recommendation weighs 9");

  private final String id;
  private final int strongFrom;

  /** {@code TOY}: two or more studies make a recommendation strong. */
  public ToySystem() {
    this("TOY", 2);
  }

  /** A toy system of another id, where {@code strongFrom} or more studies make a recommendation strong. */
  public ToySystem(String id, int strongFrom) {
    this.id = id;
    this.strongFrom = strongFrom;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return "A toy grading system for tests";
  }

  @Override
  public Class<ToyRecommendation> recommendationType() {
    return ToyRecommendation.class;
  }

  @Override
  public void validate(ToyRecommendation recommendation, Guideline guideline, ErrorSink errors) {
    if (recommendation.statement().isBlank()) {
      errors.error("statement", "a statement must not be blank");
    }
  }

  @Override
  public ToyAssessment assess(Question question, ToyRecommendation recommendation, Guideline guideline) {
    Verdict derived = recommendation.studies().size() >= strongFrom ? Verdict.STRONG : Verdict.WEAK;
    boolean agrees = recommendation.published().map(derived::equals).orElse(true);
    ToyAssessment.Builder result =
        ToyAssessment.builder()
            .derived(derived)
            .published(recommendation.published())
            .addAllStudies(recommendation.studies())
            .trace(Trace.of(Step.builder()
                .rule("toy.count")
                .source("the toy rules, rule 1")
                .putInputs("studies", String.valueOf(recommendation.studies().size()))
                .outcome(derived.name())
                .reason(recommendation.studies().size() + " studies cited")
                .build()));
    if (!agrees) {
      result.addProblems(VERDICT_MISMATCH.at(recommendation.id(), "derived " + derived + " but published " + recommendation.published().get()));
    }
    if (recommendation.weight() == 9) {
      result.addProblems(HEAVY.at(recommendation.id(), "weighs 9"));
    }
    return result.build();
  }

  @Override
  public ImmutableList<PropertyGroup<?>> properties(PropertyBounds bounds) {
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<ProblemCode> problemCodes() {
    return ImmutableList.of(VERDICT_MISMATCH, HEAVY);
  }
}
