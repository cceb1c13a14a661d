package org.evidencegrading.nass.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.model.Grade;
import org.immutables.value.Value;

/** The derived grade of a NASS recommendation and its direction. */
@Value.Immutable
@JsonSerialize(as = NassDerived.class)
@JsonPropertyOrder({"grade", "direction"})
abstract class AbstractNassDerived {

  /** Absent only for a consensus statement whose votes never reached consensus. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Grade> grade();

  /** For or against the statement; absent for grade I and consensus statements. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Direction> direction();
}
