package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A Bundle entry: a resource and its full URL. */
record Entry(String fullUrl, ObjectNode resource) {

  /** A reference to the entry's resource. */
  ObjectNode reference() {
    return Fhir.reference(fullUrl, resource.path("resourceType").asText());
  }
}
