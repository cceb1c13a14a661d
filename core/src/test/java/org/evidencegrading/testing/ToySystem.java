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
import org.evidencegrading.system.ResultRenderer;
import org.evidencegrading.system.Table;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/** The toy grading system, id {@code TOY}: two or more cited studies make a recommendation strong. */
public final class ToySystem implements GradingSystem<ToyRecommendation, ToyResult> {

  public static final ProblemCode VERDICT_MISMATCH =
      ProblemCode.of("VERDICT_MISMATCH", Severity.ERROR, "the derived verdict differs from the published one");
  public static final ProblemCode HEAVY =
      ProblemCode.of("HEAVY", Severity.WARNING, "a recommendation weighs 9");

  @Override
  public String id() {
    return "TOY";
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
  public Class<ToyResult> resultType() {
    return ToyResult.class;
  }

  @Override
  public void validate(ToyRecommendation recommendation, Guideline guideline, ErrorSink errors) {
    if (recommendation.statement().isBlank()) {
      errors.error("statement", "a statement must not be blank");
    }
  }

  @Override
  public ToyResult check(Question question, ToyRecommendation recommendation, Guideline guideline) {
    Verdict derived = recommendation.studies().size() >= 2 ? Verdict.STRONG : Verdict.WEAK;
    boolean agrees = recommendation.published().map(derived::equals).orElse(true);
    ToyResult.Builder result =
        ToyResult.builder()
            .id(recommendation.id())
            .question(question.id())
            .derived(derived)
            .published(recommendation.published())
            .agrees(agrees)
            .addAllStudies(recommendation.studies())
            .explanation(Trace.of(Step.builder()
                .rule("toy.count")
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
  public ResultRenderer<ToyResult> renderer() {
    return new ResultRenderer<>() {
      @Override
      public ImmutableList<String> headlines(ToyResult result) {
        return ImmutableList.of("verdict: derived " + result.derived() + ", published " + result.published().map(Enum::name).orElse("-"));
      }

      @Override
      public ImmutableList<Table> tables(ToyResult result) {
        Table.Builder table = Table.builder().title("Studies").addHeaders("study", "cited");
        result.studies().forEach(study -> table.addRows(ImmutableList.of(study, "yes")));
        return ImmutableList.of(table.build());
      }
    };
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
