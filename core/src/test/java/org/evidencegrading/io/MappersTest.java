package org.evidencegrading.io;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.GradingSystems;
import org.junit.jupiter.api.Test;

class MappersTest {

  private final GradingSystems systems = GradingSystems.installed();
  private final GradingSystem<?, ?> toy = systems.find("TOY").orElseThrow();

  @Test
  void sharesTheReaderOfOneCombination() {
    assertSame(
        Mappers.reader(DocumentFormat.YAML, toy, systems, ReadLimits.defaults()),
        Mappers.reader(DocumentFormat.YAML, toy, systems, ReadLimits.builder().build()));
  }

  /** Regression: one mapper was kept per distinct ReadLimits forever (1,500 limits kept 328 MB). */
  @Test
  void keepsABoundedNumberOfReadersForDistinctLimits() {
    for (int errors = 1; errors <= 1_500; errors++) {
      Mappers.reader(DocumentFormat.JSON, toy, systems, ReadLimits.builder().maxErrors(errors).build());
    }
    assertTrue(Mappers.cachedReaders() <= Mappers.CACHED_READERS, () -> Mappers.cachedReaders() + " readers kept");
  }
}
