package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Who stated what in an export: published values and the guideline's own judgments are the
 * publisher's (an {@code Organization}, where the guideline names one), derived values the
 * evidence-grading checker's (a {@code Device}). ArtifactAssessment content names them as its {@code
 * author}; an Evidence certainty, whose R5 {@code rater} is a string, by name.
 */
final class Authors {

  /** The checker's name, and the {@code rater} of every derived certainty. */
  static final String CHECKER = "evidence-grading checker";
  /** The {@code rater} of published certainties when the guideline names no publisher. */
  static final String GUIDELINE = "the guideline";

  private final Optional<String> publisher;
  private final Urls urls;

  Authors(Optional<String> publisher, Urls urls) {
    this.publisher = publisher;
    this.urls = urls;
  }

  /** The publisher's name, where the guideline names one. */
  Optional<String> publisher() {
    return publisher;
  }

  /** A published item, authored by the publisher where there is one. */
  ObjectNode published(ObjectNode item) {
    publisher.ifPresent(name -> item.set("author", Fhir.reference(urls.publisher(), "Organization")));
    return item;
  }

  /** A derived item, authored by the checker. */
  ObjectNode derived(ObjectNode item) {
    item.set("author", Fhir.reference(urls.checker(), "Device"));
    return item;
  }

  /** The {@code rater} of published certainties. */
  String publishedRater() {
    return publisher.orElse(GUIDELINE);
  }
}
