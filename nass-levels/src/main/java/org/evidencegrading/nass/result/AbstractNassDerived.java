package org.evidencegrading.nass.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.model.Grade;
import org.immutables.value.Value;

/**
 * The derived grade of a NASS recommendation and its direction; the grades permitted besides it,
 * where a rule leaves discretion; and for a consensus statement that cites appraisals, the grade
 * those appraisals would give.
 */
@Value.Immutable
@JsonSerialize(as = NassDerived.class)
@JsonPropertyOrder({"grade", "direction", "permitted", "evidence"})
abstract class AbstractNassDerived {

  /** Absent for a consensus statement whose votes never reached consensus or are not published. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Grade> grade();

  /** For or against the statement; absent for grade I and consensus statements. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Direction> direction();

  /** Where the grade leaves discretion (indirect evidence): every permitted grade, the derived one first; else empty. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<Grade> permitted();

  /** For a consensus statement with appraisals: the grade they would give. */
  public abstract Optional<NassDerived> evidence();

  /** "B (for)", "I", "none". */
  public String words() {
    return grade().map(grade -> grade.name() + direction().map(d -> " (" + d.name().toLowerCase(java.util.Locale.ROOT) + ")").orElse(""))
        .orElse("none");
  }
}
