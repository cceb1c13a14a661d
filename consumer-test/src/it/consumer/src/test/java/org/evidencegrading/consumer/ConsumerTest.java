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
    CheckReport report = Consumer.check(Path.of("nass.yaml"));
    assertEquals(Summary.builder().recommendations(2).agreeing(2).disagreeing(0).errors(1).warnings(0).build(),
        report.summary());
    String json = Consumer.json(report);
    assertTrue(json.contains("LEVEL_MISMATCH"), json);
  }

  @Test
  void checksAGradeGuidelineAndWritesItsReport() {
    CheckReport report = Consumer.check(Path.of("grade.yaml"));
    assertEquals(Summary.builder().recommendations(1).agreeing(1).disagreeing(0).errors(0).warnings(0).build(),
        report.summary());
    String json = Consumer.json(report);
    assertTrue(json.contains("\"CONDITIONAL\""), json);
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
}
