package org.evidencegrading.gradeapproach.certainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.trace.Derivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertaintyBoundsTest {

  @ParameterizedTest(name = "{0} - {1} + {2}: {3}")
  @CsvSource({
    "HIGH, 0, 0, HIGH",
    "HIGH, 1, 0, MODERATE",
    "HIGH, 3, 0, VERY_LOW",
    "HIGH, 4, 0, VERY_LOW",
    "HIGH, 15, 0, VERY_LOW",
    "HIGH, 0, 4, HIGH",
    "HIGH, 2, 1, MODERATE",
    "LOW, 0, 1, MODERATE",
    "LOW, 0, 2, HIGH",
    "LOW, 0, 3, HIGH",
    "LOW, 1, 0, VERY_LOW",
    "LOW, 2, 0, VERY_LOW",
    "LOW, 1, 1, LOW",
    "LOW, 3, 2, VERY_LOW",
    "MODERATE, 1, 2, HIGH",
    "VERY_LOW, 0, 1, LOW",
  })
  void addsTheLevelsThenStaysWithinHighAndVeryLow(Certainty start, int down, int up, Certainty expected) {
    assertEquals(expected, CertaintyBounds.rule().apply(Score.of(start, down, up)).value());
  }

  @Test
  void saysWhenABoundApplied() {
    Derivation<Certainty> above = CertaintyBounds.rule().apply(Score.of(Certainty.MODERATE, 0, 2));
    assertEquals("moderate (3) - 0 + 2 = 5, above high: bounded at high: high", above.step().reason());
    assertEquals("HIGH", above.step().outcome());
    Derivation<Certainty> below = CertaintyBounds.rule().apply(Score.of(Certainty.LOW, 4, 0));
    assertEquals("low (2) - 4 + 0 = -2, below very low: bounded at very low: very low", below.step().reason());
    assertEquals("4", below.step().inputs().get("levelsDown"));
    assertEquals(CertaintyBounds.ID, below.step().rule());
  }

  @Test
  void theScoreIsTheStartLessTheLevelsDownPlusTheLevelsUp() {
    assertEquals(-1, Score.of(Certainty.LOW, 5, 2).value());
    assertEquals(7, Score.of(Certainty.HIGH, 0, 3).value());
  }
}
