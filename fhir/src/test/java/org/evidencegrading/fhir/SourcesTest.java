package org.evidencegrading.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Set;
import org.evidencegrading.model.Provenance;
import org.evidencegrading.model.Study;
import org.junit.jupiter.api.Test;

/**
 * Reasons and inferred fields (revision 2 of the file format) go to notes and summaries and come
 * back, for model values that record them; none is written or read for values that do not.
 */
class SourcesTest {

  /** A value recording that the source gave a reason for its imprecision, and that its risk of bias was inferred. */
  record Judged(ImmutableMap<String, String> reasons, ImmutableList<String> inferred) implements Provenance {}

  private static final Judged JUDGED =
      new Judged(ImmutableMap.of("imprecision", "CI includes benefit and harm"), ImmutableList.of("riskOfBias"));

  @Test
  void aReasonAndAnInferenceAreNotesOfTheFieldsElement() {
    assertEquals("[{\"text\":\"CI includes benefit and harm\"}]", Sources.notes(JUDGED, "imprecision").toString());
    assertEquals("[{\"text\":\"" + Sources.INFERRED + "\"}]", Sources.notes(JUDGED, "riskOfBias").toString());
    assertTrue(Sources.notes(JUDGED, "inconsistency").isEmpty());
    assertTrue(Sources.notes("a value without provenance", "imprecision").isEmpty());
  }

  @Test
  void aReasonIsTheSummaryOfAnArtifactAssessmentItemAndAnInferenceAClassifier() {
    ObjectNode reasoned = Sources.annotate(Fhir.object(), JUDGED, "imprecision");
    ObjectNode inferred = Sources.annotate(Fhir.object(), JUDGED, "riskOfBias");
    assertEquals("{\"summary\":\"CI includes benefit and harm\"}", reasoned.toString());
    assertEquals("{\"classifier\":[{\"text\":\"" + Sources.INFERRED + "\"}]}", inferred.toString());
  }

  @Test
  void theyAreReadBackForTypesThatRecordThem() {
    Sources.Collector collector = new Sources.Collector(Judged.class);
    ObjectNode subcomponent = Fhir.object();
    subcomponent.set("note", Sources.notes(JUDGED, "imprecision"));
    collector.read("imprecision", subcomponent);
    collector.read("riskOfBias", Sources.annotate(Fhir.object(), JUDGED, "riskOfBias"));
    ObjectNode value = Fhir.object();
    collector.writeTo(value);
    assertEquals("{\"reasons\":{\"imprecision\":\"CI includes benefit and harm\"},\"inferred\":[\"riskOfBias\"]}", value.toString());
  }

  /** Reasons and inferences of fields without an element of their own, and the file's order of both, survive. */
  @Test
  void fieldsWithoutAnElementAndTheOrderOfTheFileAreReadBack() {
    Judged judged = new Judged(ImmutableMap.of("studies", "Table 2", "imprecision", "one trial", "importance", "primary"),
        ImmutableList.of("riskOfBias", "studies", "importance"));
    ArrayNode items = Fhir.array();
    items.addAll(Sources.elsewhere(judged, Set.of("imprecision", "riskOfBias", "importance")));
    Sources.Collector collector = new Sources.Collector(Judged.class);
    collector.read("riskOfBias", Sources.annotate(Fhir.object(), judged, "riskOfBias"));
    collector.read("importance", Sources.annotate(Fhir.object(), judged, "importance"));
    collector.read("imprecision", Sources.annotate(Fhir.object(), judged, "imprecision"));
    collector.readElsewhere(items);
    ObjectNode value = Fhir.object();
    collector.writeTo(value);
    assertEquals("{\"reasons\":{\"studies\":\"Table 2\",\"imprecision\":\"one trial\",\"importance\":\"primary\"},"
        + "\"inferred\":[\"riskOfBias\",\"studies\",\"importance\"]}", value.toString());
  }

  @Test
  void theyAreNotReadForTypesThatDoNotRecordThem() {
    Sources.Collector collector = new Sources.Collector(Study.class);
    collector.read("citation", Sources.annotate(Fhir.object(), JUDGED, "imprecision"));
    ObjectNode value = Fhir.object();
    collector.writeTo(value);
    assertTrue(value.isEmpty());
  }
}
