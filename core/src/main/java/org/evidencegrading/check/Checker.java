package org.evidencegrading.check;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.GuidelineValidator;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Recommendation;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.GradingSystems;
import org.evidencegrading.system.RecommendationResult;

/**
 * Checks a guideline against itself with the grading system it names: derives what the system
 * derives for every recommendation and compares it with what the guideline published.
 *
 * <pre>{@code
 * CheckReport report = Checker.check(GuidelineReader.read(Path.of("guideline.yaml")));
 * report.summary().disagreeing();
 * }</pre>
 */
public final class Checker {

  private Checker() {}

  /** Reads and checks a guideline file. */
  public static CheckReport check(Path file) {
    return checkValid(GuidelineReader.read(file));
  }

  /**
   * Checks a guideline.
   *
   * @throws InvalidGuidelineException if the guideline is invalid (a guideline built in code is
   *     validated first; one from {@link GuidelineReader} already was)
   */
  public static CheckReport check(Guideline guideline) {
    ImmutableList<InputError> errors = GuidelineValidator.validate(guideline);
    if (!errors.isEmpty()) {
      throw new InvalidGuidelineException(errors);
    }
    return checkValid(guideline);
  }

  /**
   * Checks a guideline with a given instance of its grading system, e.g. one configured otherwise
   * than the default the service loader provides.
   *
   * @throws IllegalArgumentException if the system's id is not the one the guideline names
   * @throws InvalidGuidelineException if the guideline is invalid
   */
  public static CheckReport check(Guideline guideline, GradingSystem<?, ?> system) {
    if (!system.id().equals(guideline.guideline().system())) {
      throw new IllegalArgumentException(
          "guideline " + guideline.guideline().id() + " is graded by " + guideline.guideline().system() + ", not " + system.id());
    }
    ImmutableList<InputError> errors = GuidelineValidator.validate(guideline);
    if (!errors.isEmpty()) {
      throw new InvalidGuidelineException(errors);
    }
    return checkValid(guideline, system);
  }

  private static CheckReport checkValid(Guideline guideline) {
    return checkValid(guideline, GradingSystems.find(guideline.guideline().system()).orElseThrow());
  }

  private static CheckReport checkValid(Guideline guideline, GradingSystem<?, ?> system) {
    return CheckReport.builder()
        .guideline(
            GuidelineRef.builder()
                .id(guideline.guideline().id())
                .system(system.id())
                .title(guideline.guideline().title())
                .build())
        .system(system)
        .addAllRecommendations(results(system, guideline))
        .build();
  }

  private static <R extends Recommendation> ImmutableList<RecommendationResult> results(
      GradingSystem<R, ?> system, Guideline guideline) {
    ImmutableList.Builder<RecommendationResult> results = ImmutableList.builder();
    for (Question question : guideline.questions()) {
      for (Recommendation recommendation : question.recommendations()) {
        results.add(system.check(question, system.recommendationType().cast(recommendation), guideline));
      }
    }
    return results.build();
  }
}
