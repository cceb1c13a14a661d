package org.evidencegrading.gradeapproach.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.model.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecommendationSymbolTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
    "↑↑ | STRONG_FOR | STRONG | FOR | STRONG FOR",
    "↑ | CONDITIONAL_FOR | CONDITIONAL | FOR | CONDITIONAL FOR",
    "↓ | CONDITIONAL_AGAINST | CONDITIONAL | AGAINST | CONDITIONAL AGAINST",
    "↓↓ | STRONG_AGAINST | STRONG | AGAINST | STRONG AGAINST",
    "√ | GOOD_PRACTICE | | | good practice",
  })
  void readsEveryArrowAndTheCheckMark(String printed, RecommendationSymbol symbol, Strength strength, Direction direction, String meaning) {
    assertEquals(Optional.of(symbol), RecommendationSymbol.parse(printed));
    assertEquals(printed, symbol.text());
    assertEquals(Optional.ofNullable(strength), symbol.strength());
    assertEquals(Optional.ofNullable(direction), symbol.direction());
    assertEquals(meaning, symbol.meaning());
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {"↑ ↑ | STRONG_FOR", " ↑↑  | STRONG_FOR", "↓\u00a0↓ | STRONG_AGAINST", "' √ ' | GOOD_PRACTICE"})
  void ignoresSpaces(String printed, RecommendationSymbol symbol) {
    assertEquals(Optional.of(symbol), RecommendationSymbol.parse(printed));
  }

  @ParameterizedTest(name = "\"{0}\" is not a recommendation symbol")
  @ValueSource(strings = {"", "↑↓", "↑↑↑", "↓↓↓", "↗", "^", "v", "✓", "√√", "⇑", "↑√"})
  void readsNothingElse(String printed) {
    assertEquals(Optional.empty(), RecommendationSymbol.parse(printed));
  }

  @Test
  void hasAnArrowForEveryStrengthAndDirection() {
    assertEquals(RecommendationSymbol.STRONG_FOR, RecommendationSymbol.of(Strength.STRONG, Direction.FOR));
    assertEquals(RecommendationSymbol.CONDITIONAL_FOR, RecommendationSymbol.of(Strength.CONDITIONAL, Direction.FOR));
    assertEquals(RecommendationSymbol.CONDITIONAL_AGAINST, RecommendationSymbol.of(Strength.CONDITIONAL, Direction.AGAINST));
    assertEquals(RecommendationSymbol.STRONG_AGAINST, RecommendationSymbol.of(Strength.STRONG, Direction.AGAINST));
  }
}
