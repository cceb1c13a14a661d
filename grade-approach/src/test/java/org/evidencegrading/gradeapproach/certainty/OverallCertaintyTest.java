package org.evidencegrading.gradeapproach.certainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.properties.Cases;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OverallCertaintyTest {

  private static OutcomeCertainty counted(String id, int importance, Certainty certainty, Favors favors) {
    return Cases.counted(id, importance, PermittedCertainty.only(certainty), Optional.ofNullable(favors), false);
  }

  private static OutcomeCertainty alone(String id, Certainty certainty, Favors favors) {
    return Cases.counted(id, 9, PermittedCertainty.only(certainty), Optional.of(favors), true);
  }

  private static Derivation<Optional<OverallRating>> overall(OutcomeCertainty... outcomes) {
    return OverallCertainty.rule().apply(List.of(outcomes));
  }

  private static OverallRating rating(OutcomeCertainty... outcomes) {
    return overall(outcomes).value().orElseThrow();
  }

  @Test
  void theLowestCriticalOutcomeDecidesWhenTheyPointDifferentWays() {
    Derivation<Optional<OverallRating>> overall = overall(
        counted("benefit", 9, Certainty.HIGH, Favors.INTERVENTION),
        counted("harm", 8, Certainty.LOW, Favors.COMPARISON),
        counted("quality-of-life", 7, Certainty.MODERATE, Favors.INTERVENTION));

    OverallRating rating = overall.value().orElseThrow();
    assertEquals(Certainty.LOW, rating.certainty());
    assertEquals(Set.of(Certainty.LOW), rating.permitted().members());
    assertEquals("harm", rating.decidedBy());
    Step decision = overall.step();
    assertEquals(OverallBasis.LOWEST.ruleId(), decision.rule());
    assertEquals("LOW", decision.outcome());
    assertEquals("the lowest certainty among the critical outcomes counts, low of harm", decision.reason());
  }

  @ParameterizedTest
  @EnumSource(value = Favors.class, names = {"INTERVENTION", "COMPARISON"})
  void theLowestCountsAlsoWhenAllFavorTheSameAlternativeUnlessOneIsSufficientAlone(Favors side) {
    assertEquals(Set.of(Certainty.VERY_LOW), rating(
        counted("a", 9, Certainty.LOW, side),
        counted("b", 7, Certainty.MODERATE, side),
        counted("c", 8, Certainty.VERY_LOW, side)).permitted().members());
  }

  @ParameterizedTest
  @EnumSource(value = Favors.class, names = {"INTERVENTION", "COMPARISON"})
  void anOutcomeSufficientAlonePermitsItsCertaintyWhenAllFavorTheSameAlternative(Favors side) {
    Derivation<Optional<OverallRating>> overall = overall(
        counted("a", 9, Certainty.LOW, side),
        alone("b", Certainty.MODERATE, side),
        counted("c", 8, Certainty.VERY_LOW, side));

    OverallRating rating = overall.value().orElseThrow();
    assertEquals(Certainty.VERY_LOW, rating.certainty(), "the lowest is still the default");
    assertEquals("c", rating.decidedBy());
    String words = side.name().toLowerCase(java.util.Locale.ROOT);
    assertEquals(Map.of(Certainty.MODERATE, "the highest certainty among the critical outcomes the panel judged sufficient"
        + " alone (b), every critical outcome favoring the " + words + " (GRADE 11)"), rating.permitted().alternatives());
    Step sufficient = overall.trace().steps().get(2);
    assertEquals(OverallBasis.SUFFICIENT_ALONE.ruleId(), sufficient.rule());
    assertEquals("MODERATE", sufficient.outcome());
    assertEquals("every critical outcome favors the " + words + ": the highest certainty among those the panel judged"
        + " sufficient alone, moderate of b, is also permitted", sufficient.reason());
    assertEquals(OverallCertainty.ID, overall.step().rule());
    assertEquals("overall certainty very low (also permitted: moderate)", overall.step().reason());
  }

  @Test
  void anOutcomeSufficientAloneCountsOnlyWhenAllFavorTheSameAlternative() {
    Derivation<Optional<OverallRating>> overall = overall(
        alone("a", Certainty.HIGH, Favors.INTERVENTION),
        counted("b", 9, Certainty.LOW, Favors.NEITHER));

    assertEquals(Set.of(Certainty.LOW), overall.value().orElseThrow().permitted().members());
    assertEquals("the panel judged a sufficient alone, but the critical outcomes do not all favor the same alternative"
        + " (a: favors intervention, b: favors neither): only the lowest certainty counts", overall.trace().steps().get(2).reason());
    assertEquals(Set.of(Certainty.MODERATE), rating(
        alone("a", Certainty.HIGH, Favors.INTERVENTION),
        counted("b", 9, Certainty.MODERATE, null)).permitted().members());
  }

  @Test
  void theDiscretionOfAnOutcomesRatingCarriesIntoTheOverallCertainty() {
    PermittedCertainty ratedUp = PermittedCertainty.of(Certainty.VERY_LOW, ImmutableMap.of(Certainty.LOW, "counting the large effect"));
    OverallRating rating = rating(
        Cases.counted("survival", 9, ratedUp, Optional.of(Favors.INTERVENTION), false),
        counted("pain", 9, Certainty.MODERATE, Favors.INTERVENTION));

    assertEquals(Certainty.VERY_LOW, rating.certainty());
    assertEquals(Map.of(Certainty.LOW, "the lowest certainty among the critical outcomes, taking for survival the other certainty"
        + " permitted (counting the large effect)"), rating.permitted().alternatives());
  }

  @Test
  void outcomesThatAreNotCriticalAreIgnored() {
    Derivation<Optional<OverallRating>> overall = overall(
        counted("important-and-very-low", 6, Certainty.VERY_LOW, Favors.COMPARISON),
        counted("critical", 7, Certainty.HIGH, Favors.INTERVENTION),
        counted("unimportant", 2, Certainty.LOW, null));

    assertEquals(Certainty.HIGH, overall.value().orElseThrow().certainty());
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
    assertEquals("first", rating(
        counted("first", 9, Certainty.LOW, Favors.INTERVENTION),
        counted("second", 9, Certainty.LOW, Favors.COMPARISON)).decidedBy());
    assertEquals("2 critical outcomes", overall(
        counted("first", 9, Certainty.MODERATE, Favors.INTERVENTION),
        counted("second", 9, Certainty.MODERATE, Favors.INTERVENTION)).trace().steps().get(0).outcome());
  }

  @Test
  void withoutACriticalOutcomeThereIsNoOverallCertainty() {
    Derivation<Optional<OverallRating>> overall = overall(counted("a", 6, Certainty.HIGH, Favors.INTERVENTION));

    assertTrue(overall.value().isEmpty());
    assertEquals("no critical outcome", overall.step().outcome());
    assertEquals("no outcome with evidence is critical (importance 7-9), and only critical outcomes count: there is no overall"
        + " certainty; not counted: a (6)", overall.step().reason());
    assertTrue(OverallCertainty.rule().apply(List.of()).value().isEmpty());
  }
}
