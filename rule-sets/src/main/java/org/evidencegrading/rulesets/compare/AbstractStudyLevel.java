package org.evidencegrading.rulesets.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A study's level under one rule set, and how it was had. */
@Value.Immutable
@JsonSerialize(as = StudyLevel.class)
@JsonPropertyOrder({"study", "level", "how"})
abstract class AbstractStudyLevel {

  @Value.Parameter
  public abstract String study();

  /** Absent where the rule set gives the study no level. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Value.Parameter
  public abstract Optional<String> level();

  /** "printed", or the derivation: "table: Level I therapeutic ...; no downgrade". */
  @Value.Parameter
  public abstract String how();
}
