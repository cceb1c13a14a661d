package org.evidencegrading.system;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.trace.Trace;

/**
 * What a grading system found for one recommendation, in the system's own types: what it derived
 * and how (the trace), what the guideline published, the parts it assessed one by one (appraisals,
 * outcomes, components) and the problems.
 *
 * <p>The core turns an assessment into the recommendation's {@link
 * org.evidencegrading.check.RecommendationResult result}: it decides the JSON report's shape, whether
 * the recommendation agrees (no ERROR problem at it), and the counts. A system's implementation is
 * an immutable value whose accessors return its own types (covariant returns), so that a caller of
 * the system's {@link GradingSystem#assess} gets them typed; the core only serializes and renders
 * them.
 */
public interface Assessment {

  /** What the system derived, as the report's {@code derived} shows it (e.g. a grade and direction). */
  Object derived();

  /** What the guideline published, as the report's {@code published} shows it; empty if nothing. */
  Optional<?> published();

  /** How the derived values were derived. */
  Trace trace();

  /**
   * The parts assessed one by one, by the name of their field in the report, in the order they
   * follow {@code trace} there: e.g. {@code appraisals} (a list) or {@code consensus} (an object).
   */
  ImmutableMap<String, Object> details();

  /** The problems found, in the order found. */
  ImmutableList<Problem> problems();

  /** Short lines for people summarizing the assessment, e.g. {@code grade: derived B (for), published B}. */
  ImmutableList<String> headlines();

  /** Tables for people of the assessment's parts, e.g. its appraisals or its evidence profile. */
  ImmutableList<Table> tables();
}
