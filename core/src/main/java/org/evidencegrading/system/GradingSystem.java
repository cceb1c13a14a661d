package org.evidencegrading.system;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Recommendation;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyGroup;

/**
 * A grading system plugged into the core. Implementations are immutable (a system may carry its
 * configuration, as GRADE its upgrade policy) and registered with {@link
 * java.util.ServiceLoader} under {@code META-INF/services/org.evidencegrading.system.GradingSystem}
 * (the loader uses the public no-argument constructor, which gives the default configuration).
 *
 * @param <R> the system's recommendation type
 * @param <S> the system's result type
 */
public interface GradingSystem<R extends Recommendation, S extends RecommendationResult> {

  /** The id a guideline file names in {@code guideline.system}, e.g. {@code NASS}. */
  String id();

  /** What the system is, in a few words. */
  String title();

  /** The type a file's recommendations bind to when the file names this system. */
  Class<R> recommendationType();

  /** The type of the system's results. */
  Class<S> resultType();

  /**
   * Reports what is invalid in one recommendation beyond what its type's invariants enforce (e.g. an
   * appraisal from which no level can be had). References to the bibliography and uniqueness of ids
   * are checked by the core.
   */
  void validate(R recommendation, Guideline guideline, ErrorSink errors);

  /** Derives what the system derives for one valid recommendation and compares it with what was published. */
  S check(Question question, R recommendation, Guideline guideline);

  ResultRenderer<S> renderer();

  /** Every problem code the system reports. */
  ImmutableList<ProblemCode> problemCodes();

  /**
   * The properties the system's rules must have, each over the bounded space of cases it ranges
   * over, for the {@link org.evidencegrading.properties.PropertyValidator}.
   */
  ImmutableList<PropertyGroup<?>> properties(PropertyBounds bounds);
}
