package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.evidencegrading.model.Provenance;

/**
 * Where a value of the file comes from, in FHIR: the source's stated {@code reasons} and the
 * encoder's {@code inferred} fields of model values that record them ({@link Provenance}, revision 2
 * of the file format). A reason becomes a note (Evidence certainty) or the summary (ArtifactAssessment
 * content) of the element that holds its field; an inferred field is marked with {@link #INFERRED}.
 * Model values that do not record provenance have neither.
 */
final class Sources {

  /** The note, or the text of an extra classifier, that marks a value as inferred. */
  static final String INFERRED = "inferred by the encoder: the source does not state this value";

  private Sources() {}

  /** Whether values of a model type record provenance, so that an import may give them reasons. */
  static boolean recordedBy(Class<?> type) {
    return Provenance.class.isAssignableFrom(type);
  }

  /** The Evidence certainty notes on one field of a value: its reason, and whether it was inferred. */
  static ArrayNode notes(Object value, String field) {
    ArrayNode notes = Fhir.array();
    if (value instanceof Provenance provenance) {
      Optional.ofNullable(provenance.reasons().get(field)).ifPresent(reason -> notes.add(Fhir.annotation(reason)));
      if (provenance.isInferred(field)) {
        notes.add(Fhir.annotation(INFERRED));
      }
    }
    return notes;
  }

  /** An ArtifactAssessment content item holding one field of a value, with its reason and inference. */
  static ObjectNode annotate(ObjectNode item, Object value, String field) {
    if (value instanceof Provenance provenance) {
      Optional.ofNullable(provenance.reasons().get(field)).ifPresent(reason -> item.put("summary", reason));
      if (provenance.isInferred(field)) {
        item.withArray("classifier").add(Fhir.conceptText(INFERRED));
      }
    }
    return item;
  }

  /**
   * Collects the reasons and inferred fields of one value of the file as an import reads its
   * elements, for a model type that records them; for any other type it collects nothing.
   */
  static final class Collector {
    private final boolean recorded;
    private final ObjectNode reasons = Fhir.object();
    private final ArrayNode inferred = Fhir.array();

    Collector(Class<?> type) {
      this.recorded = recordedBy(type);
    }

    /** Reads the reason and inference of {@code field} from the element that holds it. */
    void read(String field, JsonNode element) {
      if (recorded) {
        reason(element).ifPresent(reason -> reasons.put(field, reason));
        if (inferred(element)) {
          inferred.add(field);
        }
      }
    }

    /** Gives the value its {@code reasons} and {@code inferred} fields, where there are any. */
    void writeTo(ObjectNode value) {
      if (!reasons.isEmpty()) {
        value.set("reasons", reasons);
      }
      if (!inferred.isEmpty()) {
        value.set("inferred", inferred);
      }
    }
  }

  /** The reason in an element's summary (ArtifactAssessment content) or notes (Evidence certainty). */
  private static Optional<String> reason(JsonNode element) {
    if (element.hasNonNull("summary")) {
      return Optional.of(element.get("summary").asText());
    }
    for (JsonNode note : element.path("note")) {
      if (!INFERRED.equals(note.path("text").asText())) {
        return Optional.of(note.path("text").asText());
      }
    }
    return Optional.empty();
  }

  /** Whether an element marks its value as inferred. */
  private static boolean inferred(JsonNode element) {
    for (String array : new String[] {"note", "classifier"}) {
      for (JsonNode node : element.path(array)) {
        if (INFERRED.equals(node.path("text").asText())) {
          return true;
        }
      }
    }
    return false;
  }
}
