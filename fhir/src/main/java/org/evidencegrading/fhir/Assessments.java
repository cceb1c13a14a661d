package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.trace.Trace;
import org.evidencegrading.trace.TraceRenderer;

/**
 * Builds {@code ArtifactAssessment} resources and their content items: a classifier or rating with
 * its type and codes, a number, a comment, a container of components.
 */
final class Assessments {

  private Assessments() {}

  /** An ArtifactAssessment of the artifact at {@code artifactUrl}, titled and with a narrative of its title. */
  static ObjectNode of(String title, String artifactUrl, String artifactType, List<ObjectNode> content) {
    ObjectNode assessment = Fhir.object().put("resourceType", "ArtifactAssessment");
    assessment.set("text", Fhir.narrative(title));
    assessment.put("title", title);
    assessment.set("artifactReference", Fhir.reference(artifactUrl, artifactType));
    assessment.putArray("content").addAll(content);
    return assessment;
  }

  /** A classifier item: the codes as one CodeableConcept. */
  static ObjectNode classifier(Code type, Code... codes) {
    ObjectNode item = item("classifier", type);
    item.putArray("classifier").add(Fhir.concept(codes));
    return item;
  }

  /** A classifier item with one CodeableConcept per code, e.g. each reason for downgrading. */
  static ObjectNode classifiers(Code type, List<Code> codes) {
    return concepts(item("classifier", type), codes);
  }

  /** A rating item: the codes as one CodeableConcept. */
  static ObjectNode rating(Code type, Code... codes) {
    ObjectNode item = item("rating", type);
    item.putArray("classifier").add(Fhir.concept(codes));
    return item;
  }

  /** A rating item with one CodeableConcept per code, e.g. the two ends of a range. */
  static ObjectNode ratings(Code type, List<Code> codes) {
    return concepts(item("rating", type), codes);
  }

  /** A rating item of a number. */
  static ObjectNode number(Code type, int value) {
    ObjectNode item = item("rating", type);
    item.set("quantity", Fhir.quantity(value));
    return item;
  }

  /** A comment item. */
  static ObjectNode comment(Code type, String text) {
    return comment(type).put("summary", text);
  }

  /** A comment item without text yet. */
  static ObjectNode comment(Code type) {
    return item("comment", type);
  }

  /** A container item of components. */
  static ObjectNode container(Code type, List<ObjectNode> components) {
    ObjectNode item = item("container", type);
    item.putArray("component").addAll(components);
    return item;
  }

  /** The checker's explanation of a derivation, a line per step. */
  static ObjectNode explanation(Trace trace) {
    return comment(Field.EXPLANATION.asCode(), String.join("\n", TraceRenderer.lines(trace)));
  }

  /** A problem the checker found: severity and code as classifiers, where and what as the summary. */
  static ObjectNode problem(Problem problem) {
    ObjectNode item = item("comment", Field.PROBLEM.asCode()).put("summary", problem.where() + ": " + problem.message());
    item.putArray("classifier")
        .add(Fhir.conceptText(problem.severity().name()))
        .add(Fhir.conceptText(problem.code()));
    return item;
  }

  private static ObjectNode concepts(ObjectNode item, List<Code> codes) {
    ArrayNode classifiers = item.putArray("classifier");
    codes.forEach(code -> classifiers.add(Fhir.concept(code)));
    return item;
  }

  private static ObjectNode item(String informationType, Code type) {
    ObjectNode item = Fhir.object().put("informationType", informationType);
    item.set("type", Fhir.concept(type));
    return item;
  }
}
