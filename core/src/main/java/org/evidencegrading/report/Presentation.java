package org.evidencegrading.report;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.RecommendationResult;
import org.evidencegrading.system.Table;

/** What a grading system shows of its results: headlines and tables, by its renderer. */
final class Presentation {

  private final GradingSystem<?, ?> system;

  Presentation(GradingSystem<?, ?> system) {
    this.system = system;
  }

  ImmutableList<String> headlines(RecommendationResult result) {
    return headlines(system, result);
  }

  ImmutableList<Table> tables(RecommendationResult result) {
    return tables(system, result);
  }

  private static <S extends RecommendationResult> ImmutableList<String> headlines(GradingSystem<?, S> system, RecommendationResult result) {
    return system.renderer().headlines(system.resultType().cast(result));
  }

  private static <S extends RecommendationResult> ImmutableList<Table> tables(GradingSystem<?, S> system, RecommendationResult result) {
    return system.renderer().tables(system.resultType().cast(result));
  }
}
