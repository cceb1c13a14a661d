package org.evidencegrading.nass.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;

class AppraisalVariationsTest {

  private final Guideline guideline = GuidelineReader.read(TestResources.path(getClass(), "varies.yaml"));

  @Test
  void reportsEachVaryingStudyOnceAtTheFirstRecommendationWhereItsAppraisalDiffers() {
    AppraisalVariations variations = AppraisalVariations.of(guideline);

    AppraisalVariation trial = variations.variation("trial").orElseThrow();
    assertEquals("r2", trial.at());
    assertEquals("trial is appraised as a therapeutic RCT study under r1, r3; as a prognostic RCT study under r2, r4"
        + " (the same paper may be read differently for different questions, NASS 2024, p. 13, studies reviewed several times"
        + " for different questions)", trial.message());
    assertEquals(Optional.empty(), variations.variation("series"), "appraised the same way everywhere");
    assertEquals(Optional.empty(), variations.variation("not-cited"));
  }

  @Test
  void buildsTheIndexOncePerGuideline() {
    assertSame(AppraisalVariations.of(guideline), AppraisalVariations.of(guideline));
  }
}
