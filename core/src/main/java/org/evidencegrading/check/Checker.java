package org.evidencegrading.check;

import com.google.common.base.Preconditions;
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

/**
 * Checks a guideline against itself with the grading system it names: derives what the system
 * derives for every recommendation and compares it with what the guideline published.
 *
 * <p>A checker is an immutable value holding the {@link GradingSystems registry} it finds systems
 * in: {@link #using} takes any registry, including systems built and configured in code; the static
 * methods use the {@link GradingSystems#installed() installed} systems.
 *
 * <pre>{@code
 * CheckReport report = Checker.check(GuidelineReader.read(Path.of("guideline.yaml")));
 * report.summary().disagreeing();
 *
 * GradingSystems systems = GradingSystems.of(new NassSystem(), new MySystem());
 * CheckReport mine = Checker.using(systems).run(GuidelineReader.using(systems).parse(file));
 * }</pre>
 *
 * <p>{@link #run(Guideline, CheckListener)} hands each result to a listener as soon as it is
 * derived, holding one at a time.
 */
public final class Checker {

  private final GradingSystems systems;

  private Checker(GradingSystems systems) {
    this.systems = Preconditions.checkNotNull(systems, "systems");
  }

  /** A checker that finds a guideline's grading system in {@code systems}. */
  public static Checker using(GradingSystems systems) {
    return new Checker(systems);
  }

  /** The systems this checker finds a guideline's grading system in. */
  public GradingSystems systems() {
    return systems;
  }

  // ---- static conveniences, with the installed systems ---------------------------------------

  /** Reads and checks a guideline file with the installed systems. */
  public static CheckReport check(Path file) {
    return using(GradingSystems.installed()).run(file);
  }

  /** Checks a guideline with the installed systems. */
  public static CheckReport check(Guideline guideline) {
    return using(GradingSystems.installed()).run(guideline);
  }

  /** Checks a guideline with a given instance of its grading system, e.g. one configured in code. */
  public static CheckReport check(Guideline guideline, GradingSystem<?, ?> system) {
    return using(GradingSystems.of(system)).run(guideline);
  }

  // ---- checks -------------------------------------------------------------------------------

  /**
   * Reads a guideline file with this checker's systems and checks it.
   *
   * @throws InvalidGuidelineException if the file cannot be read or is not a valid guideline
   */
  public CheckReport run(Path file) {
    Collector collector = new Collector();
    try {
      run(file, collector);
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
  public Summary run(Path file, CheckListener listener) throws IOException {
    Guideline guideline = GuidelineReader.using(systems).parse(file); // validated as it is read
    return checkValid(guideline, system(guideline), listener);
  }

  /**
   * Checks a guideline.
   *
   * @throws InvalidGuidelineException if the guideline is invalid (it is validated first, as
   *     reading a file does), including when its system is not in this checker's registry
   */
  public CheckReport run(Guideline guideline) {
    Collector collector = new Collector();
    try {
      run(guideline, collector);
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
  public Summary run(Guideline guideline, CheckListener listener) throws IOException {
    ImmutableList<InputError> errors = GuidelineValidator.validate(guideline, systems);
    if (!errors.isEmpty()) {
      throw new InvalidGuidelineException(errors);
    }
    return checkValid(guideline, system(guideline), listener);
  }

  private static Summary checkValid(Guideline guideline, GradingSystem<?, ?> system, CheckListener listener) throws IOException {
    listener.begin(
        GuidelineRef.builder()
            .id(guideline.guideline().id())
            .system(system.id())
            .title(guideline.guideline().title())
            .systemTitle(system.title())
            .build());
    Tally tally = new Tally();
    checkEach(system, guideline, result -> {
      tally.add(result);
      listener.recommendation(result);
    });
    Summary summary = tally.summary();
    listener.end(tally.problems(), summary);
    return summary;
  }

  /** The guideline's grading system; a valid guideline names one in the registry. */
  private GradingSystem<?, ?> system(Guideline guideline) {
    return systems.find(guideline.guideline().system()).orElseThrow();
  }

  private interface ResultConsumer {
    void accept(RecommendationResult result) throws IOException;
  }

  private static <R extends Recommendation> void checkEach(
      GradingSystem<R, ?> system, Guideline guideline, ResultConsumer each) throws IOException {
    for (Question question : guideline.questions()) {
      for (Recommendation recommendation : question.recommendations()) {
        // validated: every recommendation is of the system's type
        R typed = system.recommendationType().cast(recommendation);
        each.accept(RecommendationResult.builder()
            .id(recommendation.id())
            .question(question.id())
            .assessment(system.assess(question, typed, guideline))
            .build());
      }
    }
  }

  /** Holds every result, for a {@link CheckReport}. */
  private static final class Collector implements CheckListener {
    final CheckReport.Builder report = CheckReport.builder();

    @Override
    public void begin(GuidelineRef guideline) {
      report.guideline(guideline);
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
