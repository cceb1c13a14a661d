package org.evidencegrading.nass.levels;

import java.util.Optional;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/**
 * The levels of one appraisal, in the two steps the file format prescribes so that a level
 * discrepancy and a grade discrepancy are reported apart:
 *
 * <ol>
 *   <li>the derived level: the potential level (as stated, otherwise as the {@link
 *       LevelsOfEvidenceTable table} gives it) lowered by the {@link Downgrading downgrade steps};
 *   <li>the grading level: the published level where the guideline printed one, otherwise the
 *       derived level. The grade of the recommendation is derived from these.
 * </ol>
 */
@Value.Immutable
abstract class AbstractAppraisalLevels {

  /** The rule id of the step that picks the grading level. */
  public static final String GRADING_LEVEL_ID = "nass.grading-level";

  /** The rule id of the step that takes a stated potential level. */
  public static final String STATED_ID = "nass.potential-level";

  /** What the two steps implement. */
  public static final String SOURCE =
      "NASS 2024, p. 13, the study design establishes only a potential level, then downgraded;"
          + " evidence-grading file format, NASS levels in two steps";

  public abstract Appraisal appraisal();

  public abstract Optional<Level> potentialLevel();

  public abstract PotentialLevelSource potentialLevelSource();

  /** The potential level the levels table gives the study's type and design, where it gives one. */
  public abstract Optional<Level> tableLevel();

  /** The potential level lowered by the downgrade steps; absent without a potential level. */
  public abstract Optional<Level> derivedLevel();

  /** The published level where given, otherwise the derived level; absent only for invalid input. */
  public abstract Optional<Level> gradingLevel();

  /** How the levels were derived. */
  public abstract Trace trace();

  /**
   * Whether a stated potential level differs from the one the table gives the stated type and
   * design (revision 2: a WARNING, a judgment that departs from the table).
   */
  public boolean potentialLevelDiffersFromTable() {
    return potentialLevelSource() == PotentialLevelSource.STATED && tableLevel().isPresent()
        && !tableLevel().equals(potentialLevel());
  }

  /** Whether the appraisal has a level to grade with; an ungraded citation is listed, not counted. */
  public boolean graded() {
    return gradingLevel().isPresent();
  }

  /** Whether the derived level equals the published one; absent when either is missing. */
  public Optional<Boolean> agrees() {
    if (derivedLevel().isEmpty() || appraisal().publishedLevel().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(derivedLevel().get() == appraisal().publishedLevel().get());
  }

  /** Derives the levels of an appraisal. */
  public static AppraisalLevels of(Appraisal appraisal) {
    TableCell cell = LevelsOfEvidenceTable.table().cell(appraisal.studyType(), appraisal.design());
    Derivation<Optional<Level>> potential = potential(appraisal, cell);
    Trace trace = potential.trace();
    Optional<Level> derived = Optional.empty();
    if (potential.value().isPresent()) {
      Derivation<Level> downgraded =
          Downgrading.rule()
              .apply(Downgrade.builder()
                  .start(potential.value().get())
                  .steps(appraisal.effectiveDowngradeSteps())
                  .addAllReasons(appraisal.downgrades())
                  .build());
      trace = trace.then(downgraded.trace());
      derived = Optional.of(downgraded.value());
    }
    Optional<Level> grading = appraisal.publishedLevel();
    String reason;
    if (appraisal.publishedLevel().isPresent()) {
      reason = "the published " + appraisal.publishedLevel().get().label() + " is used for grading";
    } else if (derived.isPresent()) {
      grading = derived;
      reason = "no published level: the derived " + derived.get().label() + " is used for grading";
    } else {
      reason = "no published level and no derived level: an ungraded citation, listed but not counted";
    }
    trace = trace.then(Trace.of(Step.builder()
        .rule(GRADING_LEVEL_ID)
        .source(SOURCE)
        .putInputs("study", appraisal.name())
        .putInputs("derivedLevel", derived.map(Level::name).orElse(""))
        .putInputs("publishedLevel", appraisal.publishedLevel().map(Level::name).orElse(""))
        .outcome(grading.map(Level::label).orElse("no level"))
        .reason(appraisal.name() + ": " + reason)
        .build()));
    return AppraisalLevels.builder()
        .appraisal(appraisal)
        .potentialLevel(potential.value())
        .tableLevel(cell.level())
        .potentialLevelSource(appraisal.potentialLevel().isPresent()
            ? PotentialLevelSource.STATED
            : potential.value().isPresent() ? PotentialLevelSource.TABLE : PotentialLevelSource.NONE)
        .derivedLevel(derived)
        .gradingLevel(grading)
        .trace(trace)
        .build();
  }

  private static Derivation<Optional<Level>> potential(Appraisal appraisal, TableCell cell) {
    if (appraisal.potentialLevel().isPresent()) {
      Level stated = appraisal.potentialLevel().get();
      String table = cell.level()
          .map(level -> level == stated
              ? " (as the levels table gives it)"
              : " (the levels table gives a " + StudyDesign.of(appraisal.studyType(), appraisal.design()) + " study potential "
                  + level.label() + ", " + cell.entry() + ")")
          .orElse("");
      return Derivation.of(appraisal.potentialLevel(), Step.builder()
          .rule(STATED_ID)
          .source(SOURCE)
          .putInputs("study", appraisal.name())
          .putInputs("potentialLevel", stated.name())
          .putInputs("tableLevel", cell.level().map(Level::name).orElse(""))
          .outcome("potential " + stated.label())
          .reason("potential " + stated.label() + " as the guideline states" + table)
          .build());
    }
    Derivation<Optional<Level>> table =
        LevelsOfEvidenceTable.table().apply(StudyDesign.of(appraisal.studyType(), appraisal.design()));
    return table;
  }
}
