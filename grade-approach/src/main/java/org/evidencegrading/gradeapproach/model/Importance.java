package org.evidencegrading.gradeapproach.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;

/**
 * The category of an outcome's importance on GRADE's 1-9 scale (Guyatt et al., GRADE guidelines 2,
 * J Clin Epidemiol 2011): 7 to 9 critical for decision making, 4 to 6 important but not critical, 1
 * to 3 of limited importance. Only critical outcomes decide the overall certainty of a
 * recommendation.
 */
public enum Importance {
  /** 7 to 9: critical for decision making. */
  CRITICAL(Range.closed(7, 9)),
  /** 4 to 6: important but not critical. */
  IMPORTANT(Range.closed(4, 6)),
  /** 1 to 3: of limited importance. */
  NOT_IMPORTANT(Range.closed(1, 3));

  /** The whole scale, 1 to 9. */
  public static final Range<Integer> SCALE = Range.closed(1, 9);

  /** Every category; {@code values()} copies its array at every call. */
  private static final ImmutableList<Importance> ALL = ImmutableList.copyOf(values());

  private final Range<Integer> ratings;

  Importance(Range<Integer> ratings) {
    this.ratings = ratings;
  }

  /**
   * The category of a rating.
   *
   * @throws IllegalArgumentException if the rating is not on the 1-9 scale
   */
  public static Importance of(int rating) {
    for (Importance importance : ALL) {
      if (importance.ratings.contains(rating)) {
        return importance;
      }
    }
    throw new IllegalArgumentException("an importance is rated 1 to 9, not " + rating);
  }
}
