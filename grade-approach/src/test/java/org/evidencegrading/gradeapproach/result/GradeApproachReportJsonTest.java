package org.evidencegrading.gradeapproach.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON report of GRADE results, with the keys the file format names, on the renderer's fixture. */
class GradeApproachReportJsonTest {

  static JsonNode json;

  @BeforeAll
  static void render() throws IOException {
    json = Mappers.json().readTree(ReportWriter.render(GradeApproachRendererTest.REPORT, ReportFormat.JSON));
  }

  private static List<String> keys(JsonNode node) {
    return ImmutableList.copyOf(node.fieldNames());
  }

  @Test
  void aRecommendationHasItsDerivedValuesItsPublishedOnesAndItsOutcomes() {
    JsonNode recommendation = json.at("/recommendations/0");
    assertEquals(List.of("id", "question", "derived", "published", "agrees", "explanation", "trace", "kind", "outcomes"),
        keys(recommendation));
    assertEquals(List.of("certainty", "strength", "direction"), keys(recommendation.get("derived")));
    assertEquals("VERY_LOW", recommendation.at("/derived/certainty").asText());
    assertEquals("CONDITIONAL", recommendation.at("/derived/strength").asText());
    assertEquals("FOR", recommendation.at("/derived/direction").asText());
    assertEquals("⊕⊕OO", recommendation.at("/published/certaintySymbol").asText());
    assertEquals(false, recommendation.get("agrees").asBoolean());
    assertEquals("RECOMMENDATION", recommendation.get("kind").asText());
    assertEquals("grade.overall.critical-outcomes", recommendation.at("/trace/0/rule").asText());
  }

  @Test
  void eachOutcomeHasItsCertaintyThePublishedOneAndWhetherTheyAgree() {
    JsonNode pain = json.at("/recommendations/0/outcomes/0");
    assertEquals(List.of("id", "certainty", "publishedCertainty", "agrees", "name", "importance", "importanceCategory", "design", "levelsDown", "levelsUp"),
        keys(pain));
    assertEquals("pain", pain.get("id").asText());
    assertEquals("VERY_LOW", pain.get("certainty").asText());
    assertEquals("MODERATE", pain.get("publishedCertainty").asText());
    assertEquals(false, pain.get("agrees").asBoolean());
    assertEquals(3, pain.get("levelsDown").asInt()); // randomized, high (4) - 3 = very low (1)
    assertEquals(0, pain.get("levelsUp").asInt());
    JsonNode harms = json.at("/recommendations/0/outcomes/3");
    assertTrue(harms.get("publishedCertainty").isNull());
    assertTrue(harms.get("agrees").isNull());
  }

  @Test
  void derivedHoldsOnlyWhatCouldBeDerived() {
    assertEquals(List.of("certainty", "strength"), keys(json.at("/recommendations/1/derived")));
    assertEquals(List.of("certainty"), keys(json.at("/recommendations/2/derived")));
    assertEquals("EVIDENCE_PROFILE", json.at("/recommendations/2/kind").asText());
    JsonNode goodPractice = json.at("/recommendations/4");
    assertEquals(List.of("goodPractice"), keys(goodPractice.get("derived")));
    assertEquals(false, goodPractice.at("/derived/goodPractice").asBoolean());
    assertTrue(goodPractice.get("published").isNull());
    assertEquals(0, goodPractice.get("outcomes").size());
  }
}
