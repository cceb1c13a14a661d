package org.evidencegrading.check;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Which guideline a report is about. */
@Value.Immutable
@JsonSerialize(as = GuidelineRef.class)
@JsonPropertyOrder({"id", "system", "title"})
abstract class AbstractGuidelineRef {

  public abstract String id();

  public abstract String system();

  public abstract Optional<String> title();
}
