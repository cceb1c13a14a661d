package org.evidencegrading.gradeapproach.certainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.properties.Cases;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OverallCertaintyTest {

  private static RatedOutcome rated(String id, int importance, Certainty certainty, Favors favors) {
    return Cases.rated(id, importance, certainty, Optional.ofNullable(favors));
  }

  private static Derivation<OverallRating> overall(RatedOutcome... outcomes) {
    return OverallCertainty.rule().apply(List.of(outcomes));
  }

  @Test
  void theLowestCriticalOutcomeDecidesWhenTheyPointDifferentWays() {
    Derivation<OverallRating> overall = overall(
        rated("benefit", 9, Certainty.HIGH, Favors.INTERVENTION),
        rated("harm", 8, Certainty.LOW, Favors.COMPARISON),
        rated("quality-of-life", 7, Certainty.MODERATE, Favors.INTERVENTION));

    assertEquals(Certainty.LOW, overall.value().certainty());
    assertEquals(OverallBasis.LOWEST, overall.value().basis());
    assertEquals("harm", overall.value().decidedBy());
    Step decision = overall.step();
    assertEquals(OverallBasis.LOWEST.ruleId(), decision.rule());
    assertEquals("LOW", decision.outcome());
    assertEquals("the critical outcomes do not all favor the same alternative (benefit: favors intervention, harm: favors"
        + " comparison, quality-of-life: favors intervention): the lowest certainty among the critical outcomes counts,"
        + " low of harm", decision.reason());
  }

  @ParameterizedTest
  @EnumSource(value = Favors.class, names = {"INTERVENTION", "COMPARISON"})
  void theHighestCriticalOutcomeDecidesWhenAllFavorTheSameAlternative(Favors side) {
    Derivation<OverallRating> overall = overall(
        rated("a", 9, Certainty.LOW, side),
        rated("b", 7, Certainty.MODERATE, side),
        rated("c", 8, Certainty.VERY_LOW, side));

    assertEquals(Certainty.MODERATE, overall.value().certainty());
    assertEquals(OverallBasis.HIGHEST_SAME_DIRECTION, overall.value().basis());
    assertEquals("b", overall.value().decidedBy());
    assertEquals(OverallBasis.HIGHEST_SAME_DIRECTION.ruleId(), overall.step().rule());
    assertEquals(side.name(), overall.step().inputs().get("favors"));
    assertEquals("every critical outcome favors the " + side.name().toLowerCase(java.util.Locale.ROOT)
        + ": the highest certainty among the critical outcomes counts, moderate of b", overall.step().reason());
  }

  @Test
  void neitherIsNotTheSameAlternative() {
    assertEquals(Certainty.LOW, overall(
        rated("a", 9, Certainty.HIGH, Favors.NEITHER),
        rated("b", 9, Certainty.LOW, Favors.NEITHER)).value().certainty());
    assertEquals(Certainty.LOW, overall(
        rated("a", 9, Certainty.HIGH, Favors.INTERVENTION),
        rated("b", 9, Certainty.LOW, Favors.NEITHER)).value().certainty());
  }

  @Test
  void anOutcomeThatDoesNotSayWhatItFavorsIsNotTheSameAlternative() {
    Derivation<OverallRating> overall = overall(
        rated("a", 9, Certainty.HIGH, Favors.INTERVENTION),
        rated("b", 9, Certainty.MODERATE, null));

    assertEquals(Certainty.MODERATE, overall.value().certainty());
    assertEquals(OverallBasis.LOWEST, overall.value().basis());
  }

  @Test
  void outcomesThatAreNotCriticalAreIgnored() {
    Derivation<OverallRating> overall = overall(
        rated("important-and-very-low", 6, Certainty.VERY_LOW, Favors.COMPARISON),
        rated("critical", 7, Certainty.HIGH, Favors.INTERVENTION),
        rated("unimportant", 2, Certainty.LOW, null));

    assertEquals(Certainty.HIGH, overall.value().certainty());
    assertEquals(OverallBasis.HIGHEST_SAME_DIRECTION, overall.value().basis());
    Step selection = overall.trace().steps().get(0);
    assertEquals(OverallCertainty.CRITICAL_ID, selection.rule());
    assertEquals("critical", selection.inputs().get("critical"));
    assertEquals("important-and-very-low, unimportant", selection.inputs().get("notCritical"));
    assertEquals("1 critical outcome", selection.outcome());
    assertEquals("only critical outcomes (importance 7-9) count: critical (7, high); not counted: important-and-very-low (6),"
        + " unimportant (2)", selection.reason());
  }

  @Test
  void onATieTheFirstOutcomeDecides() {
    assertEquals("first", overall(
        rated("first", 9, Certainty.LOW, Favors.INTERVENTION),
        rated("second", 9, Certainty.LOW, Favors.COMPARISON)).value().decidedBy());
    assertEquals("first", overall(
        rated("first", 9, Certainty.MODERATE, Favors.INTERVENTION),
        rated("second", 9, Certainty.MODERATE, Favors.INTERVENTION)).value().decidedBy());
    assertEquals("2 critical outcomes", overall(
        rated("first", 9, Certainty.MODERATE, Favors.INTERVENTION),
        rated("second", 9, Certainty.MODERATE, Favors.INTERVENTION)).trace().steps().get(0).outcome());
  }

  @Test
  void needsACriticalOutcome() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> overall(rated("a", 6, Certainty.HIGH, Favors.INTERVENTION)));
    assertEquals(true, thrown.getMessage().startsWith("no critical outcome (importance 7-9)"), thrown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OverallCertainty.rule().apply(List.of()));
  }
}
