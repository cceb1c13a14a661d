package org.evidencegrading.gradeapproach.model;

import java.util.List;
import java.util.Optional;

/** Which alternative an outcome's effect favors: the direction of the effect. */
public enum Favors {
  /** The effect favors the intervention. */
  INTERVENTION,
  /** The effect favors the comparison. */
  COMPARISON,
  /** The effect favors neither (no important difference). */
  NEITHER;

  /**
   * The alternative every one of {@code sides} favors, where all favor the intervention or all the
   * comparison; empty otherwise: when one favors neither or does not say, or when there are none.
   */
  public static Optional<Favors> commonSide(List<Optional<Favors>> sides) {
    Optional<Favors> first = sides.isEmpty() ? Optional.empty() : sides.get(0).filter(side -> side != NEITHER);
    return first.filter(side -> sides.stream().allMatch(first::equals));
  }
}
