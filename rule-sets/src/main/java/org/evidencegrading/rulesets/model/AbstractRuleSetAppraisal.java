package org.evidencegrading.rulesets.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import java.util.Optional;
import org.evidencegrading.io.BoundedIntDeserializer;
import org.evidencegrading.model.Provenance;
import org.immutables.value.Value;

/**
 * How one study was appraised for one recommendation, in the rule set's terms: its study type and
 * design (looked up in the rule set's table), the potential level the guideline states, the
 * downgrades, the level it printed, what the study found, and whether it answers the question only
 * indirectly.
 */
@Value.Immutable
@JsonSerialize(as = RuleSetAppraisal.class)
@JsonDeserialize(as = RuleSetAppraisal.class)
@JsonPropertyOrder({"study", "studyType", "design", "potentialLevel", "downgrades", "downgradeSteps", "publishedLevel",
    "finding", "indirect", "note", "reasons", "inferred"})
abstract class AbstractRuleSetAppraisal implements Provenance {

  /** Downgrade steps a file may give; the rule set may allow fewer ({@code downgrading.maxSteps}). */
  public static final Range<Integer> DOWNGRADE_STEPS = Range.closed(0, 9);

  /** Reads {@link #downgradeSteps()} within {@link #DOWNGRADE_STEPS}. */
  public static final class DowngradeStepsDeserializer extends BoundedIntDeserializer {
    private static final long serialVersionUID = 1L;

    public DowngradeStepsDeserializer() {
      super(DOWNGRADE_STEPS, "levels to go down from the potential level");
    }
  }

  /** The appraised study's id in the bibliography. */
  public abstract String study();

  /** One of the rule set's study types. */
  public abstract String studyType();

  /** One of the rule set's designs. */
  public abstract String design();

  /** The potential level the guideline states, one of the rule set's levels. */
  public abstract Optional<String> potentialLevel();

  /** The reasons the guideline gave for downgrading. */
  public abstract ImmutableList<String> downgrades();

  @JsonDeserialize(contentUsing = DowngradeStepsDeserializer.class)
  public abstract Optional<Integer> downgradeSteps();

  /** The level the guideline printed, one of the rule set's levels. */
  public abstract Optional<String> publishedLevel();

  public abstract Finding finding();

  /** Whether the study answers the question only indirectly (another population, say). */
  @Value.Default
  public boolean indirect() {
    return false;
  }

  public abstract Optional<String> note();

  @Override
  public abstract ImmutableMap<String, String> reasons();

  @Override
  public abstract ImmutableList<String> inferred();

  /**
   * The levels to go down from the potential level: {@link #downgradeSteps()} where given, else one
   * when any downgrade reason is given (however many), else none.
   */
  public int effectiveDowngradeSteps() {
    return downgradeSteps().orElse(downgrades().isEmpty() ? 0 : 1);
  }

  /**
   * This appraisal without the levels the guideline printed or stated: what another rule set, with
   * levels of its own, grades from the study type, design and downgrades alone.
   */
  public RuleSetAppraisal withoutStatedLevels() {
    return RuleSetAppraisal.copyOf(this).withPotentialLevel(Optional.empty()).withPublishedLevel(Optional.empty());
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(!study().isBlank(), "an appraisal names its study");
    downgradeSteps().ifPresent(steps -> Preconditions.checkState(
        DOWNGRADE_STEPS.contains(steps), "downgradeSteps %s is not in %s", steps, DOWNGRADE_STEPS));
  }
}
