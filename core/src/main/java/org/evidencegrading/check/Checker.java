package org.evidencegrading.check;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.GuidelineValidator;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Recommendation;
import org.evidencegrading.problem.Problem;
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
 *
 * <p>{@link #check(Guideline, CheckListener)} hands each result to a listener as soon as it is
 * derived, holding one at a time.
 */
public final class Checker {

  private Checker() {}

  /** Reads and checks a guideline file. */
  public static CheckReport check(Path file) {
    Collector collector = new Collector();
    try {
      check(file, collector);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the collector does no I/O
    }
    return collector.report.build();
  }

  /**
   * Reads a guideline file and checks it, handing each result to {@code listener} as it is derived.
   * The listener hears nothing if the file is invalid.
   *
   * @throws InvalidGuidelineException if the file cannot be read or is not a valid guideline
   * @throws IOException if the listener throws it
   */
  public static Summary check(Path file, CheckListener listener) throws IOException {
    Guideline guideline = GuidelineReader.read(file); // validated as it is read
    return checkValid(guideline, system(guideline), listener);
  }

  /**
   * Checks a guideline.
   *
   * @throws InvalidGuidelineException if the guideline is invalid (it is validated first, as
   *     reading a file does)
   */
  public static CheckReport check(Guideline guideline) {
    return check(guideline, system(guideline));
  }

  /**
   * Checks a guideline with a given instance of its grading system, e.g. one configured otherwise
   * than the default the service loader provides.
   *
   * @throws IllegalArgumentException if the system's id is not the one the guideline names
   * @throws InvalidGuidelineException if the guideline is invalid
   */
  public static CheckReport check(Guideline guideline, GradingSystem<?, ?> system) {
    Collector collector = new Collector();
    try {
      check(guideline, system, collector);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the collector does no I/O
    }
    return collector.report.build();
  }

  /**
   * Checks a guideline, handing each result to {@code listener} as it is derived.
   *
   * @return the counts, as also given to the listener
   * @throws IOException if the listener throws it
   * @throws InvalidGuidelineException if the guideline is invalid
   */
  public static Summary check(Guideline guideline, CheckListener listener) throws IOException {
    return check(guideline, system(guideline), listener);
  }

  /** Checks a guideline with a given instance of its grading system, handing each result to {@code listener}. */
  public static Summary check(Guideline guideline, GradingSystem<?, ?> system, CheckListener listener) throws IOException {
    if (!system.id().equals(guideline.guideline().system())) {
      throw new IllegalArgumentException(
          "guideline " + guideline.guideline().id() + " is graded by " + guideline.guideline().system() + ", not " + system.id());
    }
    ImmutableList<InputError> errors = GuidelineValidator.validate(guideline);
    if (!errors.isEmpty()) {
      throw new InvalidGuidelineException(errors);
    }
    return checkValid(guideline, system, listener);
  }

  private static Summary checkValid(Guideline guideline, GradingSystem<?, ?> system, CheckListener listener) throws IOException {
    listener.begin(
        GuidelineRef.builder()
            .id(guideline.guideline().id())
            .system(system.id())
            .title(guideline.guideline().title())
            .build(),
        system);
    Tally tally = new Tally();
    checkEach(system, guideline, result -> {
      tally.add(result);
      listener.recommendation(result);
    });
    Summary summary = tally.summary();
    listener.end(tally.problems(), summary);
    return summary;
  }

  /** The guideline's grading system; if there is none by that id, validation says so. */
  private static GradingSystem<?, ?> system(Guideline guideline) {
    return GradingSystems.find(guideline.guideline().system())
        .orElseThrow(() -> new InvalidGuidelineException(GuidelineValidator.validate(guideline)));
  }

  private interface ResultConsumer {
    void accept(RecommendationResult result) throws IOException;
  }

  private static <R extends Recommendation> void checkEach(
      GradingSystem<R, ?> system, Guideline guideline, ResultConsumer each) throws IOException {
    for (Question question : guideline.questions()) {
      for (Recommendation recommendation : question.recommendations()) {
        each.accept(system.check(question, system.recommendationType().cast(recommendation), guideline));
      }
    }
  }

  /** Holds every result, for a {@link CheckReport}. */
  private static final class Collector implements CheckListener {
    final CheckReport.Builder report = CheckReport.builder();

    @Override
    public void begin(GuidelineRef guideline, GradingSystem<?, ?> system) {
      report.guideline(guideline).system(system);
    }

    @Override
    public void recommendation(RecommendationResult result) {
      report.addRecommendations(result);
    }

    @Override
    public void end(ImmutableList<Problem> problems, Summary summary) {
      report.addAllProblems(problems).summary(summary);
    }
  }
}
