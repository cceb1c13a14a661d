package org.evidencegrading.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of a guideline's bibliography; appraisals and outcomes cite it by {@link #id()}. */
@Value.Immutable
@JsonSerialize(as = Study.class)
@JsonDeserialize(as = Study.class)
abstract class AbstractStudy {

  /** Unique in the guideline file, e.g. {@code berenson-2011}; matches {@link Ids#ID}. */
  public abstract String id();

  /** The reference as the guideline prints it. */
  public abstract Optional<String> citation();

  /** The DOI, where the guideline prints one (without a {@code doi:} prefix). */
  public abstract Optional<String> doi();

  @Value.Check
  protected void check() {
    Ids.check(id(), "study id");
  }
}
