package org.evidencegrading.gradeapproach.model;

import java.util.Locale;
import java.util.Optional;
import org.evidencegrading.model.Direction;

/** Values in words, for traces and reports: {@code VERY_LOW} is "very low", 2 levels "2 levels". */
public final class Words {

  private Words() {}

  /** The value's name in lower case with spaces for underscores (in every locale). */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A strength and direction as far as given: "CONDITIONAL FOR", "STRONG", "AGAINST", or "not given". */
  public static String strengthAndDirection(Optional<Strength> strength, Optional<Direction> direction) {
    String words = (strength.map(Strength::name).orElse("") + " " + direction.map(Direction::name).orElse("")).trim();
    return words.isEmpty() ? "not given" : words;
  }

  /** A number of levels of certainty: "1 level", "2 levels". */
  public static String levels(int levels) {
    return levels + (levels == 1 ? " level" : " levels");
  }
}
