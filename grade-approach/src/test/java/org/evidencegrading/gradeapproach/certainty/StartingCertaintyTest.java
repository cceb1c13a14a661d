package org.evidencegrading.gradeapproach.certainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartingCertaintyTest {

  @ParameterizedTest
  @CsvSource({
    "RANDOMIZED, HIGH, randomized trials start as high certainty",
    "NON_RANDOMIZED_ROBINS_I, HIGH, non-randomized studies assessed with ROBINS-I start as high certainty (their risk of bias is rated down instead)",
    "OBSERVATIONAL, LOW, observational studies start as low certainty",
  })
  void startsByDesign(StudyDesign design, Certainty start, String reason) {
    Derivation<Certainty> derived = StartingCertainty.rule().apply(design);

    assertEquals(start, derived.value());
    Step step = derived.step();
    assertEquals(StartingCertainty.ID, step.rule());
    assertEquals(design.name(), step.inputs().get("design"));
    assertEquals(start.name(), step.outcome());
    assertEquals(reason, step.reason());
  }
}
