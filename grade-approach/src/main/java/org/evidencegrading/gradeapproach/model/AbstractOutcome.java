package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
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
 * The design and the five domains for rating down must be given for an outcome with evidence, each
 * being a judgment the rating cannot do without. An outcome the review found no evidence for
 * ({@code noEvidence: true}, {@code studies: []}) is not rated: it has none of them, no certainty,
 * and does not count in the overall certainty.
 *
 * <p>{@code reasons} holds the source's own reason per field (a summary-of-findings table's
 * footnotes), {@code inferred} the fields whose value the encoder inferred.
 */
@Value.Immutable
@JsonSerialize(as = Outcome.class)
@JsonDeserialize(as = Outcome.class)
@JsonPropertyOrder({"id", "name", "importance", "studies", "noEvidence", "design", "riskOfBias", "inconsistency",
    "indirectness", "imprecision", "publicationBias", "largeEffect", "doseResponse", "plausibleConfounding", "favors",
    "sufficientAlone", "participants", "studyCount", "followUp", "effect", "baselineRisk", "comment", "published",
    "reasons", "inferred"})
abstract class AbstractOutcome implements ProvenanceFields {

  /** Reads {@link #importance()} on {@link Importance#SCALE}. */
  public static final class ImportanceDeserializer extends BoundedIntDeserializer {
    private static final long serialVersionUID = 1L;

    /** The deserializer for the 1-9 scale. */
    public ImportanceDeserializer() {
      super(Importance.SCALE, "7-9 critical, 4-6 important, 1-3 not important");
    }
  }

  /** Unique among the recommendation's outcomes, e.g. {@code pain-1m}; matches {@link org.evidencegrading.model.Ids#ID}. */
  public abstract String id();

  /** The outcome as the guideline names it, e.g. "Pain (VAS) at 1 month". */
  public abstract String name();

  /** The importance of the outcome for the decision, 1 to 9 (see {@link Importance}). */
  @JsonDeserialize(using = ImportanceDeserializer.class)
  public abstract int importance();

  /** The ids of the studies of the body of evidence, in the bibliography; empty for an outcome without evidence. */
  public abstract ImmutableList<String> studies();

  /**
   * Whether the review found no evidence for this outcome (a critical outcome without studies): it
   * has no certainty and does not count in the overall certainty; false when not given.
   */
  @Value.Default
  public boolean noEvidence() {
    return false;
  }

  /** The design of the studies, which sets the starting certainty; absent without evidence. */
  public abstract Optional<StudyDesign> design();

  /** Risk of bias (study limitations); absent without evidence. */
  public abstract Optional<Concern> riskOfBias();

  /** Inconsistency of results across studies; absent without evidence. */
  public abstract Optional<Concern> inconsistency();

  /** Indirectness of the evidence (population, intervention, comparison, outcome); absent without evidence. */
  public abstract Optional<Concern> indirectness();

  /** Imprecision of the effect estimate; absent without evidence. */
  public abstract Optional<Concern> imprecision();

  /** Publication bias; absent without evidence. */
  public abstract Optional<Concern> publicationBias();

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

  /**
   * Whether the panel judged this critical outcome by itself sufficient to recommend, which permits
   * its certainty as the overall certainty when every critical outcome favors the same alternative
   * (GRADE 11); false when not given.
   */
  @Value.Default
  public boolean sufficientAlone() {
    return false;
  }

  /** № of participants, for summary-of-findings tables. */
  public abstract Optional<Integer> participants();

  /** № of studies, where the bibliography lists fewer ids than the source counts (e.g. a review's). */
  public abstract Optional<Integer> studyCount();

  /** The follow-up, as the source words it, e.g. "1 month". */
  public abstract Optional<String> followUp();

  /** The effect estimate with its confidence interval. */
  public abstract Optional<Effect> effect();

  /**
   * The risk with the comparator (a proportion, 0 to 1) of a dichotomous outcome, from which the
   * anticipated absolute effects per 1000 follow.
   */
  public abstract Optional<Double> baselineRisk();

  /** The source's comment on the outcome, as in a summary-of-findings table's last column. */
  public abstract Optional<String> comment();

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
    Preconditions.checkState(participants().orElse(0) >= 0, "participants is a count, 0 or more");
    Preconditions.checkState(studyCount().orElse(1) >= 1, "studyCount is a count, 1 or more");
    Preconditions.checkState(baselineRisk().map(risk -> risk >= 0 && risk <= 1).orElse(true),
        "baselineRisk is a proportion, 0 to 1, not %s", baselineRisk().orElse(0.0));
    Preconditions.checkState(!sufficientAlone() || critical(),
        "sufficientAlone is for a critical outcome (importance 7-9), not one of importance %s", importance());
    List<String> given = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    (design().isPresent() ? given : missing).add("design");
    for (Domain domain : Domain.values()) {
      (domain.judgmentOf(Outcome.copyOf(this)).isPresent() ? given : missing).add(domain.field());
    }
    if (!noEvidence()) {
      Preconditions.checkState(missing.isEmpty(),
          "an outcome with evidence gives its design and its five domains; missing: %s (for an outcome the review found"
              + " no evidence for, write noEvidence: true and studies: [])", String.join(", ", missing));
      return;
    }
    for (UpgradeFactor factor : UpgradeFactor.values()) {
      if (factor.levelsOf(Outcome.copyOf(this)) > 0) {
        given.add(factor.field());
      }
    }
    favors().ifPresent(side -> given.add("favors"));
    published().ifPresent(printed -> given.add("published"));
    if (sufficientAlone()) {
      given.add("sufficientAlone");
    }
    Preconditions.checkState(given.isEmpty(),
        "an outcome without evidence (noEvidence: true) is not rated, so it has no %s", String.join(", ", given));
    Preconditions.checkState(studies().isEmpty(), "an outcome without evidence (noEvidence: true) lists no studies: studies: []");
  }
}
