package org.evidencegrading.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.evidencegrading.check.CheckReport;
import org.junit.jupiter.api.Test;

/** The shipped rule sets load from the jar, on the module path and on the class path alike. */
class RuleSetConsumerTest {

  @Test
  void checksAGuidelineGradedByAShippedRuleSet() {
    CheckReport report = RuleSetConsumer.check("aaos", Path.of("aaos.yaml"));
    assertEquals(1, report.summary().agreeing());
    assertEquals("STRONG for", report.recommendations().get(0).assessment().derived().toString());
  }
}
