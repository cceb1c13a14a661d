package org.evidencegrading.gradeapproach.symbols;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.model.Direction;

/**
 * The Danish Health Authority's recommendation symbols, by the guideline's Table 2
 * ("Recommendations and their definitions by the Danish Health Authority (DHA)"). Reading ignores
 * spaces ("↑ ↑" is ↑↑).
 */
public enum RecommendationSymbol {
  /**
   * "Strong recommendation in favor ↑↑": made "when its desirable effect clearly outweighs undesirable
   * effect".
   */
  STRONG_FOR("↑↑", Strength.STRONG, Direction.FOR),
  /**
   * "Weak/conditional recommendation in favor ↑": made "when the desirable effect of an intervention
   * is considered to outweigh the undesirable effects".
   */
  CONDITIONAL_FOR("↑", Strength.CONDITIONAL, Direction.FOR),
  /**
   * "Weak/conditional recommendation against ↓": made "when the undesirable effects are judged to
   * outweigh the desirable effects, but where this is not supported by strong evidence".
   */
  CONDITIONAL_AGAINST("↓", Strength.CONDITIONAL, Direction.AGAINST),
  /**
   * "Strong recommendation against ↓↓": made "in case of high-quality evidence showing that the
   * undesirable effects of an intervention clearly outweigh the desirable effects".
   */
  STRONG_AGAINST("↓↓", Strength.STRONG, Direction.AGAINST),
  /**
   * "Good practice √": "Good practices are based on professional consensus among the members of the
   * working group."
   */
  GOOD_PRACTICE("√", null, null);

  /** The accepted forms, for messages. */
  public static final String ACCEPTED =
      "↑↑ strong for, ↑ conditional for, ↓ conditional against, ↓↓ strong against, √ good practice (spaces are ignored)";

  private final String text;
  private final Optional<Strength> strength;
  private final Optional<Direction> direction;

  RecommendationSymbol(String text, Strength strength, Direction direction) {
    this.text = text;
    this.strength = Optional.ofNullable(strength);
    this.direction = Optional.ofNullable(direction);
  }

  /** The symbol as the DHA prints it. */
  public String text() {
    return text;
  }

  /** The strength the symbol stands for; absent for good practice. */
  public Optional<Strength> strength() {
    return strength;
  }

  /** The direction the symbol stands for; absent for good practice. */
  public Optional<Direction> direction() {
    return direction;
  }

  /** What the symbol means, e.g. "CONDITIONAL FOR" or "good practice". */
  public String meaning() {
    return this == GOOD_PRACTICE ? "good practice" : strength.orElseThrow().name() + " " + direction.orElseThrow().name();
  }

  /** The symbol a printed text stands for; empty if it is none of them. */
  public static Optional<RecommendationSymbol> parse(String printed) {
    String compact = PrintedText.withoutSpaces(printed);
    for (RecommendationSymbol symbol : values()) {
      if (symbol.text.equals(compact)) {
        return Optional.of(symbol);
      }
    }
    return Optional.empty();
  }

  /** The arrow of a strength and direction. */
  public static RecommendationSymbol of(Strength strength, Direction direction) {
    boolean forIt = direction == Direction.FOR;
    return switch (strength) {
      case STRONG -> forIt ? STRONG_FOR : STRONG_AGAINST;
      case CONDITIONAL -> forIt ? CONDITIONAL_FOR : CONDITIONAL_AGAINST;
    };
  }
}
