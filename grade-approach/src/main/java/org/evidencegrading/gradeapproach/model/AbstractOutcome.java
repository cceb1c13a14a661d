package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.io.BoundedIntDeserializer;
import org.evidencegrading.model.Ids;
import org.immutables.value.Value;

/**
 * One outcome of a recommendation's evidence profile, with the judgments GRADE rates the certainty
 * of its body of evidence by: the design the rating starts from, the five domains that can rate it
 * down, and the three factors that can rate it up. GRADE is "outcome centric": the certainty is
 * rated for each outcome, and may differ from one outcome to another.
 *
 * <p>The factors for rating up may be left out of a file: a large effect, a dose-response gradient
 * and plausible residual confounding are exceptions a panel asserts, so their absence means none.
 * The five domains for rating down must be given, each being a judgment the rating cannot do
 * without.
 */
@Value.Immutable
@JsonSerialize(as = Outcome.class)
@JsonDeserialize(as = Outcome.class)
@JsonPropertyOrder({"id", "name", "importance", "studies", "design", "riskOfBias", "inconsistency", "indirectness",
    "imprecision", "publicationBias", "largeEffect", "doseResponse", "plausibleConfounding", "favors", "published"})
public abstract class AbstractOutcome {

  /** Reads {@link #importance()} on {@link Importance#SCALE}. */
  public static final class ImportanceDeserializer extends BoundedIntDeserializer {
    private static final long serialVersionUID = 1L;

    /** The deserializer for the 1-9 scale. */
    public ImportanceDeserializer() {
      super(Importance.SCALE, "7-9 critical, 4-6 important, 1-3 not important");
    }
  }

  /** Unique among the recommendation's outcomes, e.g. {@code pain-1m}; matches {@link Ids#ID}. */
  public abstract String id();

  /** The outcome as the guideline names it, e.g. "Pain (VAS) at 1 month". */
  public abstract String name();

  /** The importance of the outcome for the decision, 1 to 9 (see {@link Importance}). */
  @JsonDeserialize(using = ImportanceDeserializer.class)
  public abstract int importance();

  /** The ids of the studies of the body of evidence, in the bibliography. */
  public abstract ImmutableList<String> studies();

  /** The design of the studies, which sets the starting certainty. */
  public abstract StudyDesign design();

  /** Risk of bias (study limitations). */
  public abstract Concern riskOfBias();

  /** Inconsistency of results across studies. */
  public abstract Concern inconsistency();

  /** Indirectness of the evidence (population, intervention, comparison, outcome). */
  public abstract Concern indirectness();

  /** Imprecision of the effect estimate. */
  public abstract Concern imprecision();

  /** Publication bias. */
  public abstract Concern publicationBias();

  /** Whether the effect is large or very large; none when not given. */
  @Value.Default
  public LargeEffect largeEffect() {
    return LargeEffect.NONE;
  }

  /** Whether there is a dose-response gradient; false when not given. */
  @Value.Default
  public boolean doseResponse() {
    return false;
  }

  /**
   * Whether all plausible residual confounding would reduce a demonstrated effect, or suggest a
   * spurious effect when results show no effect; false when not given.
   */
  @Value.Default
  public boolean plausibleConfounding() {
    return false;
  }

  /** Which alternative the effect favors, where the file says. */
  public abstract Optional<Favors> favors();

  /** The certainty the guideline published for this outcome, if any. */
  public abstract Optional<OutcomePublished> published();

  /** The category of the importance rating. */
  public Importance importanceCategory() {
    return Importance.of(importance());
  }

  /** Whether the outcome is critical (importance 7-9), so counts for the overall certainty. */
  public boolean critical() {
    return importanceCategory() == Importance.CRITICAL;
  }

  @Value.Check
  protected void check() {
    Ids.check(id(), "outcome id");
    Preconditions.checkState(
        Importance.SCALE.contains(importance()), "importance %s is not in %s", importance(), Importance.SCALE);
  }
}
