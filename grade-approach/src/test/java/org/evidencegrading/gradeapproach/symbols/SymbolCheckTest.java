package org.evidencegrading.gradeapproach.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.OutcomePublished;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.model.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymbolCheckTest {

  private static final GradeApproachPublished CONDITIONAL_FOR_LOW = GradeApproachPublished.builder()
      .direction(Direction.FOR).strength(Strength.CONDITIONAL).certainty(Certainty.LOW).build();

  @ParameterizedTest
  @CsvSource({"⊕⊕OO", "⊕ ⊕ OO", "⨁⨁◯◯"})
  void aCertaintySymbolOfTheStatedCertaintyAgrees(String printed) {
    assertEquals(Optional.empty(), SymbolCheck.certaintySymbol(CONDITIONAL_FOR_LOW.withCertaintySymbol(printed)));
  }

  @Test
  void aCertaintySymbolOfAnotherCertaintyContradictsTheWords() {
    assertEquals(Optional.of("printed certainty symbol \"⊕ OOO\" means very low, but the published certainty is low (⊕⊕OO)"),
        SymbolCheck.certaintySymbol(CONDITIONAL_FOR_LOW.withCertaintySymbol("⊕ OOO")));
  }

  @Test
  void aCertaintySymbolWithoutWordsOrWordsWithoutASymbolContradictNothing() {
    assertEquals(Optional.empty(), SymbolCheck.certaintySymbol(GradeApproachPublished.builder().certaintySymbol("⊕OOO").build()));
    assertEquals(Optional.empty(), SymbolCheck.certaintySymbol(CONDITIONAL_FOR_LOW));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "⊕⊕OO | ",
    "⊕⊕⊕O | ",
    "⊕OOO | printed certainty symbol \"⊕OOO\" means very low, but the published certainty is low to moderate",
    "⨁⨁⨁⨁ | printed certainty symbol \"⨁⨁⨁⨁\" means high, but the published certainty is low to moderate",
  })
  void aCertaintySymbolMustLieInAPublishedRange(String printed, String message) {
    GradeApproachPublished range = GradeApproachPublished.builder()
        .certaintyRange(ImmutableList.of(Certainty.LOW, Certainty.MODERATE)).certaintySymbol(printed).build();
    assertEquals(Optional.ofNullable(message), SymbolCheck.certaintySymbol(range));
  }

  @Test
  void anOutcomesCertaintySymbolIsCheckedLikeARecommendations() {
    OutcomePublished row = OutcomePublished.builder().certainty(Certainty.MODERATE).certaintySymbol("⨁⨁◯◯").build();
    assertEquals(Optional.of("printed certainty symbol \"⨁⨁◯◯\" means low, but the published certainty is moderate (⊕⊕⊕O)"),
        SymbolCheck.certaintySymbol(row));
  }

  @Test
  void aPanelThatDeclinedToRecommendPrintsNoArrowAndNoCheckMark() {
    GradeApproachPublished declined = GradeApproachPublished.builder().noRecommendation(true).certainty(Certainty.LOW).build();
    assertEquals(Optional.empty(), SymbolCheck.recommendationSymbol(declined));
    assertEquals(Optional.of("printed symbol \"↑\" means CONDITIONAL FOR, but the panel made no recommendation (noRecommendation)"),
        SymbolCheck.recommendationSymbol(declined.withSymbol("↑")));
  }

  @Test
  void anArrowOfThePublishedStrengthAndDirectionAgrees() {
    assertEquals(Optional.empty(), SymbolCheck.recommendationSymbol(CONDITIONAL_FOR_LOW.withSymbol("↑")));
    assertEquals(Optional.empty(), SymbolCheck.recommendationSymbol(CONDITIONAL_FOR_LOW.withSymbol("↑").withGoodPractice(false)));
    assertEquals(Optional.empty(), SymbolCheck.recommendationSymbol(GradeApproachPublished.builder().symbol("↓↓").build()));
    assertEquals(Optional.empty(), SymbolCheck.recommendationSymbol(GradeApproachPublished.builder().symbol("↓").direction(Direction.AGAINST).build()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "↑↑ | printed symbol \"↑↑\" means STRONG FOR, but published strength CONDITIONAL",
    "↓ | printed symbol \"↓\" means CONDITIONAL AGAINST, but published direction FOR",
    "↓↓ | printed symbol \"↓↓\" means STRONG AGAINST, but published strength CONDITIONAL and published direction FOR",
    "√ | printed symbol \"√\" means good practice, but published strength CONDITIONAL",
  })
  void anArrowOfAnotherStrengthOrDirectionContradictsTheWords(String printed, String message) {
    assertEquals(Optional.of(message), SymbolCheck.recommendationSymbol(CONDITIONAL_FOR_LOW.withSymbol(printed)));
  }

  @Test
  void theCheckMarkStandsForAGoodPracticeStatementWhichMayHaveADirection() {
    GradeApproachPublished goodPractice = GradeApproachPublished.builder().goodPractice(true).symbol("√").direction(Direction.AGAINST).build();
    assertEquals(Optional.empty(), SymbolCheck.recommendationSymbol(goodPractice));
    assertEquals(Optional.of("printed symbol \"↑\" means CONDITIONAL FOR, but published as good practice"),
        SymbolCheck.recommendationSymbol(GradeApproachPublished.builder().goodPractice(true).symbol("↑").build()));
    assertEquals(Optional.of("printed symbol \"√\" means good practice, but published as not good practice"),
        SymbolCheck.recommendationSymbol(GradeApproachPublished.builder().goodPractice(false).symbol("√").build()));
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertEquals(Optional.empty(), SymbolCheck.certaintySymbol(CONDITIONAL_FOR_LOW.withCertaintySymbol("??")));
    assertEquals(Optional.empty(), SymbolCheck.recommendationSymbol(CONDITIONAL_FOR_LOW.withSymbol("??")));
  }
}
