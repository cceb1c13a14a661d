package org.evidencegrading.nass.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.util.Optional;
import org.evidencegrading.io.BoundedIntDeserializer;
import org.immutables.value.Value;

/**
 * How one study was appraised for one recommendation: the same study can be Level I evidence for
 * one question and Level II for another.
 */
@Value.Immutable
@JsonSerialize(as = Appraisal.class)
@JsonDeserialize(as = Appraisal.class)
@JsonPropertyOrder({"study", "studyType", "design", "potentialLevel", "downgrades", "downgradeSteps", "publishedLevel", "finding", "note"})
abstract class AbstractAppraisal {

  /** Downgrade steps a file may give: from Level I, three steps reach the floor, Level IV. */
  public static final Range<Integer> DOWNGRADE_STEPS = Range.closed(0, 3);

  /** Reads {@link #downgradeSteps()} within {@link #DOWNGRADE_STEPS}. */
  public static final class DowngradeStepsDeserializer extends BoundedIntDeserializer {
    private static final long serialVersionUID = 1L;

    public DowngradeStepsDeserializer() {
      super(DOWNGRADE_STEPS, "levels to go down from the potential level");
    }
  }

  /** The appraised study's id in the bibliography. */
  public abstract String study();

  public abstract StudyType studyType();

  public abstract Design design();

  /** The potential level the guideline states ("this potential Level III paper"), if it does. */
  public abstract Optional<Level> potentialLevel();

  /** The reasons the work group gave for downgrading. */
  public abstract ImmutableList<DowngradeReason> downgrades();

  /** How many levels the study was downgraded, where the file says so. */
  @JsonDeserialize(contentUsing = DowngradeStepsDeserializer.class)
  public abstract Optional<Integer> downgradeSteps();

  /** The level the guideline printed ("This paper provides Level II evidence"). */
  public abstract Optional<Level> publishedLevel();

  public abstract Finding finding();

  public abstract Optional<String> note();

  /**
   * The levels to go down from the potential level: {@link #downgradeSteps()} where given, else one
   * when any downgrade reason is given (however many), else none.
   */
  public int effectiveDowngradeSteps() {
    return downgradeSteps().orElse(downgrades().isEmpty() ? 0 : 1);
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(!study().isBlank(), "an appraisal names its study");
    downgradeSteps()
        .ifPresent(steps -> Preconditions.checkState(
            DOWNGRADE_STEPS.contains(steps), "downgradeSteps %s is not in %s", steps, DOWNGRADE_STEPS));
  }
}
