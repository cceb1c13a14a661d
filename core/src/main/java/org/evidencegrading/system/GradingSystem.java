package org.evidencegrading.system;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Recommendation;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyGroup;

/**
 * A grading system plugged into the core. An implementation is an immutable value that may carry
 * configuration; the core never looks one up globally: readers and checkers are given a {@link
 * GradingSystems registry} of instances. A system on the class path can also be registered with
 * {@link java.util.ServiceLoader} under {@code META-INF/services/org.evidencegrading.system.GradingSystem}
 * (the loader uses the public no-argument constructor, the default configuration); {@link
 * GradingSystems#installed()} finds those.
 *
 * @param <R> the system's recommendation type
 * @param <A> the system's assessment type
 */
public interface GradingSystem<R extends Recommendation, A extends Assessment> {

  /** The id a guideline file names in {@code guideline.system}, e.g. {@code NASS}. */
  String id();

  /** What the system is, in a few words. */
  String title();

  /** The type a file's recommendations bind to when the file names this system. */
  Class<R> recommendationType();

  /**
   * Reports what is invalid in one recommendation beyond what its type's invariants enforce (e.g. an
   * appraisal from which no level can be had). References to the bibliography and uniqueness of ids
   * are checked by the core.
   */
  void validate(R recommendation, Guideline guideline, ErrorSink errors);

  /**
   * Derives what the system derives for one valid recommendation of {@code guideline} and compares
   * it with what was published.
   */
  A assess(Question question, R recommendation, Guideline guideline);

  /** Every problem code the system reports. */
  ImmutableList<ProblemCode> problemCodes();

  /** A maker of synthetic recommendations of this system, for scale runs; empty if it has none. */
  default Optional<SyntheticRecommendations<R>> synthetic() {
    return Optional.empty();
  }

  /**
   * The properties the system's rules must have, each over the bounded space of cases it ranges
   * over, for the {@link org.evidencegrading.properties.PropertyValidator}.
   */
  ImmutableList<PropertyGroup<?>> properties(PropertyBounds bounds);
}
