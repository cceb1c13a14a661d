package org.evidencegrading.system;

import com.google.common.collect.ImmutableList;

/**
 * How a grading system presents its results to people. It says what to show (short headlines and
 * tables); the report formats (text, Markdown) decide how, the same for every system.
 *
 * @param <R> the system's result type
 */
public interface ResultRenderer<R extends RecommendationResult> {

  /**
   * Short lines summarizing the result, e.g. {@code grade: derived B (for), published B: agrees}.
   */
  ImmutableList<String> headlines(R result);

  /** Tables of the result's parts, e.g. its appraisals or its evidence profile. */
  ImmutableList<Table> tables(R result);
}
