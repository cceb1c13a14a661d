package org.evidencegrading.nass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * How one study was appraised for one recommendation: the same study can be Level I evidence for
 * one question and Level II for another.
 *
 * <p>The study is named by {@link #study()}, or, where several papers report one study or series,
 * by {@link #studies()} (revision 2 of the file format): the appraisal counts once. Its {@link
 * #reasons()} hold the source's own reason per field, its {@link #inferred()} the fields whose value
 * the encoder inferred rather than read in the source.
 */
@Value.Immutable
@JsonSerialize(as = Appraisal.class)
@JsonDeserialize(as = Appraisal.class)
@JsonPropertyOrder({"study", "studies", "studyType", "design", "potentialLevel", "downgrades", "downgradeSteps",
    "publishedLevel", "finding", "indirect", "note", "reasons", "inferred"})
abstract class AbstractAppraisal implements Provenance {

  /**
   * Downgrade steps a file may give: up to the NASS 2024 rule set's {@code maxSteps} ({@link
   * NassRuleSet}); from Level I, three steps reach the floor, Level IV.
   */
  public static final Range<Integer> DOWNGRADE_STEPS = Range.closed(0, NassRuleSet.rules().maxDowngradeSteps());

  /** Reads {@link #downgradeSteps()} within {@link #DOWNGRADE_STEPS}. */
  public static final class DowngradeStepsDeserializer extends BoundedIntDeserializer {
    private static final long serialVersionUID = 1L;

    public DowngradeStepsDeserializer() {
      super(DOWNGRADE_STEPS, "levels to go down from the potential level");
    }
  }

  /** The appraised study's id in the bibliography; absent when {@link #studies()} names its reports. */
  public abstract Optional<String> study();

  /**
   * The ids of several papers that report one study or series ("three reports of one cohort"), in
   * place of {@link #study()}; the appraisal counts once.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<String> studies();

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

  /**
   * Whether the study answers the recommendation's question only indirectly (another population,
   * test or comparison): a published grade one step below the derived one is then permitted.
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean indirect() {
    return false;
  }

  public abstract Optional<String> note();

  @Override
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableMap<String, String> reasons();

  @Override
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<String> inferred();

  /** The ids of the papers cited: {@link #study()}, or every one of {@link #studies()}. */
  public ImmutableList<String> cited() {
    return study().map(ImmutableList::of).orElse(studies());
  }

  /**
   * The appraisal's name in traces, problems and reports: the study's id, or the ids of its reports
   * joined by {@code +} ({@code atlas-1996+atlas-2000}).
   */
  public String name() {
    return String.join("+", cited());
  }

  /**
   * The levels to go down from the potential level: {@link #downgradeSteps()} where given, else one
   * when any downgrade reason is given (however many), else none.
   */
  public int effectiveDowngradeSteps() {
    return downgradeSteps().orElse(downgrades().isEmpty() ? 0 : 1);
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(study().isPresent() || !studies().isEmpty(),
        "an appraisal names its study: give study, or studies for several reports of one study");
    Preconditions.checkState(study().isEmpty() || studies().isEmpty(),
        "an appraisal names its study once: give study or studies, not both");
    for (String id : cited()) {
      Preconditions.checkState(!id.isBlank(), "an appraisal names its study: a study id must not be blank");
    }
    downgradeSteps()
        .ifPresent(steps -> Preconditions.checkState(
            DOWNGRADE_STEPS.contains(steps), "downgradeSteps %s is not in %s", steps, DOWNGRADE_STEPS));
  }
}
