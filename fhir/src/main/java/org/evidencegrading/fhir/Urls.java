package org.evidencegrading.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The full URLs of a guideline's Bundle entries and the systems of its identifiers. Full URLs are
 * name-based UUIDs of the guideline id and the entry's ids, so that the Composition can refer to
 * entries written after it, and exporting the same guideline again gives the same URLs.
 */
final class Urls {

  private final String guideline;

  Urls(String guideline) {
    this.guideline = guideline;
  }

  /** The system of the guideline's own identifier. */
  static String guidelineSystem() {
    return ProjectCodeSystem.BASE + "/guideline";
  }

  /** The system of the identifiers of one kind of the guideline's ids, e.g. its studies. */
  String identifierSystem(String kind) {
    return guidelineSystem() + "/" + guideline + "/" + kind;
  }

  String composition() {
    return of("composition");
  }

  String publisher() {
    return of("publisher");
  }

  String checker() {
    return of("checker");
  }

  String study(String id) {
    return of("study", id);
  }

  String recommendation(String id) {
    return of("recommendation", id);
  }

  String justification(String recommendation) {
    return of("justification", recommendation);
  }

  String appraisal(String recommendation, int index) {
    return of("appraisal", recommendation, Integer.toString(index));
  }

  String outcome(String recommendation, String outcome) {
    return of("outcome", recommendation, outcome);
  }

  String importance(String recommendation, String outcome) {
    return of("importance", recommendation, outcome);
  }

  private String of(String... parts) {
    String name = "evidence-grading\u0000" + guideline + "\u0000" + String.join("\u0000", parts);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
