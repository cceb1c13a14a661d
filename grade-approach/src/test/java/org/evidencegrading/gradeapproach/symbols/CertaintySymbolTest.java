package org.evidencegrading.gradeapproach.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CertaintySymbolTest {

  /**
   * Every accepted form: ⊕ or ⨁ filled, O, o, ○, ◯, 〇, ⊝ or ⊖ empty, with and without spaces (as the
   * Danish guideline prints them).
   */
  static Stream<Arguments> printedForms() {
    return Stream.of(
        Arguments.of("⊕⊕⊕⊕", Certainty.HIGH),
        Arguments.of("⊕⊕⊕O", Certainty.MODERATE),
        Arguments.of("⊕⊕OO", Certainty.LOW),
        Arguments.of("⊕OOO", Certainty.VERY_LOW),
        Arguments.of("⊕⊕⊕o", Certainty.MODERATE),
        Arguments.of("⊕ooo", Certainty.VERY_LOW),
        Arguments.of("⊕⊕○○", Certainty.LOW),
        Arguments.of("⊕○○○", Certainty.VERY_LOW),
        Arguments.of("⨁〇〇〇", Certainty.VERY_LOW),
        Arguments.of("⨁⨁⊝⊝", Certainty.LOW),
        Arguments.of("⊕⊕⊕⊖", Certainty.MODERATE),
        Arguments.of("⨁ ⨁ ⊖ ◯", Certainty.LOW),
        Arguments.of("⨁⨁◯◯", Certainty.LOW),
        Arguments.of("⨁⨁⨁⨁", Certainty.HIGH),
        Arguments.of("⊕⨁O○", Certainty.LOW),
        Arguments.of("⊕ OOO", Certainty.VERY_LOW),
        Arguments.of("⊕ ⊕  ⊕ ⊕", Certainty.HIGH),
        Arguments.of("⊕ ⊕  ⊕ O", Certainty.MODERATE),
        Arguments.of("⊕ ⊕ OO", Certainty.LOW),
        Arguments.of(" ⊕⊕OO ", Certainty.LOW),
        Arguments.of("⊕\u00a0⊕\tO\nO", Certainty.LOW));
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @MethodSource("printedForms")
  void readsEveryPrintedForm(String printed, Certainty certainty) {
    assertEquals(Optional.of(certainty), CertaintySymbol.parse(printed));
  }

  @ParameterizedTest(name = "\"{0}\" is not a certainty symbol")
  @ValueSource(strings = {"", " ", "OOOO", "⊕⊕⊕", "⊕⊕⊕⊕⊕", "⊕⊕⊕OO", "O⊕⊕⊕", "⊕O⊕O", "⊕⊕XO", "⊕⊕00", "(⊕OOO)", "low", "++oo", "●●○○",
      "⊝⊕⊕⊕", "⊖⊖⊖⊖"})
  void readsNothingElse(String printed) {
    assertEquals(Optional.empty(), CertaintySymbol.parse(printed));
  }

  @ParameterizedTest
  @EnumSource(Certainty.class)
  void writesTheCanonicalFormWhichReadsBack(Certainty certainty) {
    String symbol = CertaintySymbol.of(certainty);
    assertEquals(Optional.of(certainty), CertaintySymbol.parse(symbol));
    assertEquals(symbol + " " + certainty.name(), CertaintySymbol.label(certainty));
  }

  @Test
  void writesFilledCirclesThenEmptyOnes() {
    assertEquals("⊕⊕⊕⊕", CertaintySymbol.of(Certainty.HIGH));
    assertEquals("⊕⊕⊕O", CertaintySymbol.of(Certainty.MODERATE));
    assertEquals("⊕⊕OO", CertaintySymbol.of(Certainty.LOW));
    assertEquals("⊕OOO", CertaintySymbol.of(Certainty.VERY_LOW));
  }
}
