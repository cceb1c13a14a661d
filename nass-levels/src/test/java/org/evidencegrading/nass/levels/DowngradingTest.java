package org.evidencegrading.nass.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evidencegrading.nass.model.DowngradeReason;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.trace.Derivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DowngradingTest {

  @ParameterizedTest(name = "{0} - {1} = {2}")
  @CsvSource({
    "I, 0, I", "I, 1, II", "I, 2, III", "I, 3, IV",
    "II, 1, III", "II, 2, IV", "II, 3, IV",
    "III, 1, IV", "III, 3, IV",
    "IV, 0, IV", "IV, 1, IV",
    "V, 0, V", "V, 2, V",
  })
  void lowersByTheStepsNeverBelowLevelFour(Level start, int steps, Level derived) {
    assertEquals(derived, Downgrading.rule().apply(Downgrade.builder().start(start).steps(steps).build()).value());
  }

  @Test
  void explainsTheReasonsInWords() {
    Derivation<Level> derived = Downgrading.rule().apply(Downgrade.builder()
        .start(Level.I)
        .steps(1)
        .addReasons(DowngradeReason.NONCONSECUTIVE_PATIENTS, DowngradeReason.NONMASKED_REVIEWERS)
        .build());
    assertEquals(Level.II, derived.value());
    assertEquals("downgraded 1 step from potential Level I for nonconsecutive patients, nonmasked reviewers",
        derived.step().reason());
    assertEquals("Level II", derived.step().outcome());
  }

  @Test
  void saysWhenTheFloorStoppedIt() {
    Derivation<Level> derived = Downgrading.rule().apply(Downgrade.builder().start(Level.III).steps(2).build());
    assertEquals("downgraded 2 steps from potential Level III (no lower than Level IV)", derived.step().reason());
  }
}
