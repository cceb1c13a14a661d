package org.evidencegrading.rulesets.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.rulesets.grading.EvidenceGrade;
import org.immutables.value.Value;

/**
 * A recommendation's evidence graded by one rule set: the grade, its rank (the grade's position
 * among the set's grades that have a direction, 1 the strongest; 0 for a grade without direction;
 * absent for no grade), each study's level, and why.
 */
@Value.Immutable
@JsonSerialize(as = SystemGrade.class)
@JsonPropertyOrder({"system", "grade", "rank", "levels", "why"})
abstract class AbstractSystemGrade {

  public abstract String system();

  public abstract EvidenceGrade grade();

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Integer> rank();

  public abstract ImmutableList<StudyLevel> levels();

  /** The row that decided, in words, with the studies counted; or why no row did. */
  public abstract String why();

  /** "B for (rank 2)". */
  public String shown() {
    return grade() + rank().filter(rank -> rank > 0).map(rank -> " [" + rank + "]").orElse("");
  }
}
