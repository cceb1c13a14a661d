package org.evidencegrading.rulesets.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import java.util.Optional;
import org.immutables.value.Value;

/** A document a rule set is drawn from: its id in the file and how to find it. */
@Value.Immutable
@JsonSerialize(as = Source.class)
@JsonDeserialize(as = Source.class)
@JsonPropertyOrder({"id", "name", "citation", "url", "note"})
abstract class AbstractSource {

  /** How the rule set's parts refer to it, e.g. {@code sign-50}. */
  public abstract String id();

  /** How explanations cite it, briefly, e.g. "NASS 2024"; the citation where absent. */
  public abstract Optional<String> name();

  /** The document as a reference list would cite it. */
  public abstract String citation();

  public abstract Optional<String> url();

  public abstract Optional<String> note();

  @Value.Check
  protected void check() {
    Preconditions.checkState(!id().isBlank(), "a source has an id");
    Preconditions.checkState(!citation().isBlank(), "source '%s' has a citation", id());
  }
}
