package org.evidencegrading.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Summary;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.nass.NassSystem;
import org.evidencegrading.nass.model.Grade;
import org.junit.jupiter.api.Test;

/** Runs twice: on the module path and on the class path (system property consumer.path). */
class ConsumerTest {

  @Test
  void checksANassGuidelineAndWritesItsReport() {
    // q1b disagrees: an ERROR (its case series printed as Level II) is at one of its appraisals
    assertChecks("nass.yaml", summary(2, 1, 1, 1, 0), "LEVEL_MISMATCH");
  }

  @Test
  void checksAGradeGuidelineAndWritesItsReport() {
    assertChecks("grade.yaml", summary(1, 1, 0, 0, 0), "\"CONDITIONAL\"");
  }

  @Test
  void appliesSingleRules() {
    assertEquals(Grade.A, Consumer.twoLevelIStudies().grade());
    assertEquals(Certainty.MODERATE, Consumer.randomizedWithSeriousRiskOfBias());
  }

  @Test
  void runsOnThePathItWasMeantFor() {
    Module core = Guideline.class.getModule();
    Module nass = NassSystem.class.getModule();
    switch (System.getProperty("consumer.path")) {
      case "module" -> {
        assertEquals("org.evidencegrading.core", core.getName());
        assertEquals("org.evidencegrading.consumer", Consumer.class.getModule().getName());
        assertTrue(nass.isExported("org.evidencegrading.nass.grades"));
        assertFalse(nass.isExported("org.evidencegrading.nass.properties"), "the rules' property sets are internal");
      }
      case "class" -> {
        assertFalse(core.isNamed(), core.toString());
        assertFalse(Consumer.class.getModule().isNamed());
      }
      default -> throw new AssertionError("consumer.path is " + System.getProperty("consumer.path"));
    }
  }

  private static void assertChecks(String file, Summary expected, String inReport) {
    CheckReport report = Consumer.check(Path.of(file));
    assertEquals(expected, report.summary());
    String json = Consumer.json(report);
    assertTrue(json.contains(inReport), json);
  }

  private static Summary summary(int recommendations, int agreeing, int disagreeing, int errors, int warnings) {
    return Summary.builder().recommendations(recommendations).agreeing(agreeing).disagreeing(disagreeing)
        .withWarnings(warnings).errors(errors).warnings(warnings).infos(0).build();
  }
}
