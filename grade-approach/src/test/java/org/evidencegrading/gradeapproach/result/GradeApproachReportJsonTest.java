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
  void aRecommendationHasItsDerivedValuesItsPublishedOnesItsOutcomesAndItsJudgments() {
    JsonNode recommendation = json.at("/recommendations/0");
    assertEquals(List.of("id", "question", "derived", "published", "agrees", "explanation", "trace", "kind", "outcomes", "decision"),
        keys(recommendation));
    assertEquals(List.of("certainty", "direction"), keys(recommendation.get("derived")), "the strength is never derived");
    assertEquals("VERY_LOW", recommendation.at("/derived/certainty").asText());
    assertEquals("FOR", recommendation.at("/derived/direction").asText());
    assertEquals("⊕⊕OO", recommendation.at("/published/certaintySymbol").asText());
    assertEquals(false, recommendation.get("agrees").asBoolean());
    assertEquals("RECOMMENDATION", recommendation.get("kind").asText());
    assertEquals("grade.overall.critical-outcomes", recommendation.at("/trace/0/rule").asText());
    assertEquals("a moderate benefit on pain, harms uncertain", recommendation.at("/decision/reasons/balance").asText());
    assertEquals("valuesVariability", recommendation.at("/decision/inferred/0").asText());
  }

  @Test
  void eachOutcomeHasItsCertaintyThePublishedOneWhetherTheyAgreeAndItsReasons() {
    JsonNode pain = json.at("/recommendations/0/outcomes/0");
    assertEquals(List.of("id", "certainty", "publishedCertainty", "agrees", "name", "importance", "importanceCategory", "design",
        "levelsDown", "levelsUp", "reasons", "inferred"), keys(pain));
    assertEquals("pain", pain.get("id").asText());
    assertEquals("VERY_LOW", pain.get("certainty").asText());
    assertEquals("MODERATE", pain.get("publishedCertainty").asText());
    assertEquals(false, pain.get("agrees").asBoolean());
    assertEquals(3, pain.get("levelsDown").asInt()); // randomized, high (4) - 3 = very low (1)
    assertEquals(0, pain.get("levelsUp").asInt());
    assertEquals("I² = 85%, unexplained", pain.at("/reasons/inconsistency").asText());
    assertEquals("riskOfBias", pain.at("/inferred/0").asText());
    JsonNode survival = json.at("/recommendations/0/outcomes/2");
    assertEquals("VERY_LOW", survival.get("certainty").asText());
    assertEquals(List.of("MODERATE", "VERY_LOW"), List.of(survival.at("/permittedCertainty/0").asText(), survival.at("/permittedCertainty/1").asText()));
    assertEquals("MODERATE", survival.get("publishedCertainty").asText(), "printed as a symbol only");
    assertEquals(true, survival.get("agrees").asBoolean());
    JsonNode harms = json.at("/recommendations/0/outcomes/3");
    assertTrue(harms.get("publishedCertainty").isNull());
    assertTrue(harms.get("agrees").isNull());
    JsonNode mortality = json.at("/recommendations/0/outcomes/4");
    assertEquals(List.of("id", "certainty", "publishedCertainty", "agrees", "name", "importance", "importanceCategory",
        "noEvidence", "reasons"), keys(mortality));
    assertTrue(mortality.get("certainty").isNull());
    assertEquals(true, mortality.get("noEvidence").asBoolean());
  }

  @Test
  void derivedHoldsOnlyWhatCouldBeDerived() {
    assertEquals(List.of("certainty"), keys(json.at("/recommendations/1/derived")));
    assertEquals(List.of("certainty"), keys(json.at("/recommendations/2/derived")));
    assertEquals("EVIDENCE_PROFILE", json.at("/recommendations/2/kind").asText());
    JsonNode goodPractice = json.at("/recommendations/4");
    assertEquals(List.of("goodPractice"), keys(goodPractice.get("derived")));
    assertEquals(false, goodPractice.at("/derived/goodPractice").asBoolean());
    assertTrue(goodPractice.get("published").isNull());
    assertEquals(0, goodPractice.get("outcomes").size());
    assertEquals("two cohort studies were found and used", goodPractice.at("/goodPractice/reasons/evidenceCollectionPoorUseOfResources").asText());
    JsonNode declined = json.at("/recommendations/5");
    assertEquals("NO_RECOMMENDATION", declined.get("kind").asText());
    assertEquals(List.of(), keys(declined.get("derived")));
    assertEquals("the trials were too few and too small", declined.at("/published/reasons/noRecommendation").asText());
  }
}
