package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A code of a code system, with its display as the code system prints it (FHIR validators warn
 * about any other display).
 */
record Code(String system, String code, String display) {

  /** The code as a FHIR {@code Coding}. */
  ObjectNode coding() {
    return Fhir.object().put("system", system).put("code", code).put("display", display);
  }

  /** Whether a {@code Coding} names this code. */
  boolean matches(JsonNode coding) {
    return system.equals(coding.path("system").asText()) && code.equals(coding.path("code").asText());
  }

  /** Whether one of a {@code CodeableConcept}'s codings names this code. */
  boolean in(JsonNode concept) {
    for (JsonNode coding : concept.path("coding")) {
      if (matches(coding)) {
        return true;
      }
    }
    return false;
  }
}
