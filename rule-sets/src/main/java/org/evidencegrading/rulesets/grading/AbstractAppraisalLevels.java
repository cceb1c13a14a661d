package org.evidencegrading.rulesets.grading;

import java.util.Optional;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.rulesets.definition.TableEntry;
import org.evidencegrading.rulesets.model.RuleSetAppraisal;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/**
 * The levels of one appraisal under a rule set, in the two steps that keep a level discrepancy
 * apart from a grade discrepancy:
 *
 * <ol>
 *   <li>the derived level: the potential level (as stated, otherwise as the rule set's table gives
 *       it for the study type and design) lowered by the downgrade steps, never below its floor;
 *   <li>the grading level: the published level where the guideline printed one, otherwise the
 *       derived level. The grade is derived from these.
 * </ol>
 *
 * The table's own level is kept too, so that a stated potential level that is not the table's can
 * be reported.
 */
@Value.Immutable
abstract class AbstractAppraisalLevels {

  public abstract RuleSetAppraisal appraisal();

  /** The level the table gives the study's type and design, if it gives one. */
  public abstract Optional<String> tableLevel();

  public abstract Optional<String> potentialLevel();

  public abstract PotentialLevelSource potentialLevelSource();

  /** The potential level lowered by the downgrade steps; absent without a potential level. */
  public abstract Optional<String> derivedLevel();

  /** The published level where given, otherwise the derived level; absent when there is neither. */
  public abstract Optional<String> gradingLevel();

  /** How the levels were derived. */
  public abstract Trace trace();

  /** Whether the derived level equals the published one; absent when either is missing. */
  public Optional<Boolean> agrees() {
    if (derivedLevel().isEmpty() || appraisal().publishedLevel().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(derivedLevel().get().equals(appraisal().publishedLevel().get()));
  }

  /** Derives the levels of an appraisal under a (valid) rule set. */
  public static AppraisalLevels of(RuleSet rules, RuleSetAppraisal appraisal) {
    String prefix = Prefixes.of(rules);
    Optional<TableEntry> cell = rules.cell(appraisal.studyType(), appraisal.design());
    Optional<String> tableLevel = cell.flatMap(TableEntry::level);
    Trace.Builder trace = Trace.builder();
    Optional<String> potential;
    if (appraisal.potentialLevel().isPresent()) {
      potential = appraisal.potentialLevel();
      trace.addSteps(Step.builder()
          .rule(prefix + ".potential-level")
          .source(rules.title() + ": a potential level the guideline states")
          .putInputs("study", appraisal.study())
          .putInputs("potentialLevel", potential.get())
          .outcome("potential " + potential.get())
          .reason("potential " + potential.get() + " as the guideline states")
          .build());
    } else {
      potential = tableLevel;
      String study = appraisal.studyType() + " " + appraisal.design() + " study";
      trace.addSteps(Step.builder()
          .rule(prefix + ".levels-table")
          .source(cell.map(rules::citation).orElse(rules.title() + ": its study-type and design table"))
          .putInputs("studyType", appraisal.studyType())
          .putInputs("design", appraisal.design())
          .outcome(potential.map(level -> "potential " + level).orElse("undetermined"))
          .reason(cell.isEmpty()
              ? "the levels table names no " + study + ": no potential level"
              : potential.isPresent()
                  ? "levels table for a " + study + ", " + cell.get().entry()
                  : "levels table gives a " + study + " no level: " + cell.get().entry())
          .build());
    }
    Optional<String> derived = potential.map(level -> rules.lowered(level, appraisal.effectiveDowngradeSteps()));
    if (potential.isPresent()) {
      trace.addSteps(downgradeStep(rules, appraisal, potential.get(), derived.get()));
    }
    Optional<String> grading = appraisal.publishedLevel().or(() -> derived);
    String reason = appraisal.publishedLevel().isPresent()
        ? "the published " + appraisal.publishedLevel().get() + " is used for grading"
        : derived.map(level -> "no published level: the derived " + level + " is used for grading")
            .orElse("no published level and no derived level: the study is not counted");
    trace.addSteps(Step.builder()
        .rule(prefix + ".grading-level")
        .source(rules.title() + ": a guideline's printed level is graded; the derived level where none is printed")
        .putInputs("study", appraisal.study())
        .putInputs("derivedLevel", derived.orElse(""))
        .putInputs("publishedLevel", appraisal.publishedLevel().orElse(""))
        .outcome(grading.orElse("no level"))
        .reason(appraisal.study() + ": " + reason)
        .build());
    return AppraisalLevels.builder()
        .appraisal(appraisal)
        .tableLevel(tableLevel)
        .potentialLevel(potential)
        .potentialLevelSource(appraisal.potentialLevel().isPresent()
            ? PotentialLevelSource.STATED
            : potential.isPresent() ? PotentialLevelSource.TABLE : PotentialLevelSource.NONE)
        .derivedLevel(derived)
        .gradingLevel(grading)
        .trace(trace.build())
        .build();
  }

  private static Step downgradeStep(RuleSet rules, RuleSetAppraisal appraisal, String start, String derived) {
    int steps = appraisal.effectiveDowngradeSteps();
    String reasons = String.join(", ", appraisal.downgrades());
    String reason;
    if (steps == 0) {
      reason = reasons.isEmpty()
          ? "no downgrade from potential " + start
          : "reasons given (" + reasons + ") but no downgrade step from potential " + start;
    } else {
      int moved = rules.levelIndex(derived) - rules.levelIndex(start);
      reason = "downgraded " + steps + (steps == 1 ? " step" : " steps") + " from potential " + start
          + (reasons.isEmpty() ? "" : " for " + reasons)
          + (moved < steps ? " (no lower than " + derived + ", its floor)" : "");
    }
    return Step.builder()
        .rule(Prefixes.of(rules) + ".downgrade")
        .source(rules.downgrading().map(rules::citation).orElse(rules.title() + ": no downgrading"))
        .putInputs("start", start)
        .putInputs("steps", String.valueOf(steps))
        .putInputs("reasons", reasons)
        .outcome(derived)
        .reason(reason)
        .build();
  }
}
