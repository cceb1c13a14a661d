package org.evidencegrading.check;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Which guideline a report is about, and which grading system checked it. */
@Value.Immutable
@JsonSerialize(as = GuidelineRef.class)
@JsonDeserialize(as = GuidelineRef.class)
@JsonPropertyOrder({"id", "system", "title", "systemTitle"})
abstract class AbstractGuidelineRef {

  public abstract String id();

  /** The grading system's id, e.g. {@code NASS}. */
  public abstract String system();

  public abstract Optional<String> title();

  /** What the grading system is, in its own words. */
  public abstract Optional<String> systemTitle();
}
