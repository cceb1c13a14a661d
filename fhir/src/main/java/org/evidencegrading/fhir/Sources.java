package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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

  private static final String REASON = "reason: ";
  private static final String INFERRED_FIELD = "inferred: ";

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
   * The content items a value's provenance needs beyond the elements of its fields: for each field
   * with no element of its own (not {@code placed}), its reason as the summary of an item whose first
   * classifier's text names the field; and an item giving the order of the file's {@code reasons}
   * and {@code inferred} ("reason: imprecision", "inferred: riskOfBias"), so that an import writes
   * them, and a report lists them, as the file did.
   */
  static List<ObjectNode> elsewhere(Object value, Set<String> placed) {
    List<ObjectNode> items = new ArrayList<>();
    if (value instanceof Provenance provenance && !(provenance.reasons().isEmpty() && provenance.inferred().isEmpty())) {
      Set<String> fields = new LinkedHashSet<>(provenance.reasons().keySet());
      fields.addAll(provenance.inferred());
      fields.removeAll(placed);
      for (String field : fields) {
        ObjectNode item = Assessments.comment(Field.REASON.asCode());
        item.putArray("classifier").add(Fhir.conceptText(field));
        items.add(annotate(item, value, field));
      }
      ObjectNode order = Assessments.comment(Field.PROVENANCE_ORDER.asCode());
      ArrayNode classifiers = order.putArray("classifier");
      provenance.reasons().keySet().forEach(field -> classifiers.add(Fhir.conceptText(REASON + field)));
      provenance.inferred().forEach(field -> classifiers.add(Fhir.conceptText(INFERRED_FIELD + field)));
      items.add(order);
    }
    return items;
  }

  /**
   * Collects the reasons and inferred fields of one value of the file as an import reads its
   * elements, for a model type that records them; for any other type it collects nothing.
   */
  static final class Collector {
    private final boolean recorded;
    private final ObjectNode reasons = Fhir.object();
    private final ArrayNode inferred = Fhir.array();
    private final List<String> order = new ArrayList<>();

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

    /** Reads the reasons and inferences of the fields without an element of their own, and their order, among content items. */
    void readElsewhere(JsonNode items) {
      for (JsonNode item : items) {
        if (Field.REASON.asCode().in(item.path("type"))) {
          read(item.path("classifier").path(0).path("text").asText(), item);
        } else if (Field.PROVENANCE_ORDER.asCode().in(item.path("type"))) {
          item.path("classifier").forEach(classifier -> order.add(classifier.path("text").asText()));
        }
      }
    }

    /** Gives the value its {@code reasons} and {@code inferred} fields, where there are any, in the file's order. */
    void writeTo(ObjectNode value) {
      if (!reasons.isEmpty()) {
        ObjectNode ordered = value.putObject("reasons");
        inOrder(reasons.properties().stream().map(Map.Entry::getKey), REASON)
            .forEach(field -> ordered.set(field, reasons.get(field)));
      }
      if (!inferred.isEmpty()) {
        ArrayNode ordered = value.putArray("inferred");
        inOrder(inferred.valueStream().map(JsonNode::asText), INFERRED_FIELD).forEach(ordered::add);
      }
    }

    /** Fields in the order the file gave them, those it did not order last. */
    private Stream<String> inOrder(Stream<String> fields, String kind) {
      return fields.sorted(Comparator.comparingInt(field -> {
        int index = order.indexOf(kind + field);
        return index < 0 ? Integer.MAX_VALUE : index;
      }));
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
