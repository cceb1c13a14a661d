package org.evidencegrading.rulesets.grading;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencegrading.model.Direction;
import org.evidencegrading.rulesets.definition.Condition;
import org.evidencegrading.rulesets.definition.Findings;
import org.evidencegrading.rulesets.definition.Grade;
import org.evidencegrading.rulesets.definition.IndirectEffect;
import org.evidencegrading.rulesets.definition.Row;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.evidencegrading.trace.Step;

/**
 * The grade a rule set gives a body of evidence:
 *
 * <ol>
 *   <li>the studies are sorted by the {@link Consistency consistency policy};
 *   <li>the rows for consistent (or, for inconsistent findings, inconsistent) evidence are tried in
 *       order, and the first that holds decides: its grade, in the direction of the consistent
 *       studies where the grade has one, or no grade for an {@code ungraded} row. A row that calls
 *       for judgment does not decide: its grade is permitted besides the one the later rows give.
 *       When no row holds, there is no grade: the rule set does not cover the body, and nothing is
 *       invented;
 *   <li>where the grade rests on a study marked indirect, the {@code indirect} policy applies: the
 *       grade one step lower, or, for consistent findings, the grade of the direct studies alone
 *       where that is higher ({@code LOWERS}); or the lower grade permitted too ({@code
 *       PERMITS_LOWER}).
 * </ol>
 */
public final class GradeOfEvidence implements Rule<ImmutableList<Evidence>, EvidenceGrade> {

  private final RuleSet rules;
  private final Consistency consistency;

  /** The grading rule of a (valid) rule set. */
  public GradeOfEvidence(RuleSet rules) {
    this.rules = rules;
    this.consistency = new Consistency(rules);
  }

  @Override
  public String id() {
    return Prefixes.of(rules) + ".grade";
  }

  @Override
  public String source() {
    return rules.title() + ": its rows linking levels of evidence to grades, in order of precedence";
  }

  @Override
  public Derivation<EvidenceGrade> apply(ImmutableList<Evidence> evidence) {
    Steps steps = Steps.recording();
    EvidenceGrade grade = grade(evidence, steps);
    Step own = step()
        .putInputs("studies", String.valueOf(evidence.size()))
        .outcome(grade.toString())
        .reason(grade.covered()
            ? "the body of evidence gets " + grade + grade.row().map(row -> ", by row " + row).orElse("")
            : "no row of " + rules.id() + " covers this body of evidence: no grade")
        .build();
    return Derivation.composite(grade, steps.trace(), own);
  }

  /** The grade alone, without the trace: what the properties check, by the same rules. */
  public EvidenceGrade decide(List<Evidence> evidence) {
    return grade(evidence, Steps.IGNORED);
  }

  /**
   * The rows, other than those calling for judgment, that hold for a body of evidence as the
   * consistency policy sorts it (consistent rows for consistent findings, inconsistent rows
   * otherwise), in order: the first decides. For the properties: where several hold, the order of
   * the rows decides between them.
   */
  public ImmutableList<Row> rowsHolding(List<Evidence> evidence) {
    SortedEvidence sorted = consistency.sort(evidence, Steps.IGNORED);
    Findings findings = sorted.inconsistent() ? Findings.INCONSISTENT : Findings.CONSISTENT;
    List<Evidence> studies = sorted.inconsistent() ? sorted.decisive() : sorted.consistent();
    return rules.rows().stream()
        .filter(row -> row.findings() == findings && row.judgment().isEmpty() && holds(row, studies))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every row that holds for a body of evidence in any reading of it (with and without a single
   * outlier set aside in the panel's judgment), those calling for judgment included.
   */
  public ImmutableList<Row> rowsThatHold(List<Evidence> evidence) {
    SortedEvidence sorted = consistency.sort(evidence, Steps.IGNORED);
    return rules.rows().stream()
        .filter(row -> row.findings() == Findings.INCONSISTENT
            ? sorted.inconsistent() && holds(row, sorted.decisive())
            : (!sorted.inconsistent() || sorted.outlierJudgment()) && holds(row, sorted.consistent()))
        .collect(ImmutableList.toImmutableList());
  }

  private EvidenceGrade grade(List<Evidence> evidence, Steps steps) {
    EvidenceGrade all = linked(evidence, steps);
    Set<String> indirect = evidence.stream().filter(Evidence::indirect).map(Evidence::study).collect(Collectors.toSet());
    List<String> restsOn = all.counted().stream().filter(indirect::contains).toList();
    if (indirect.isEmpty()) {
      return all;
    }
    IndirectEffect effect = rules.indirectEffect();
    if (restsOn.isEmpty() || effect == IndirectEffect.NONE) {
      steps.add(() -> indirectStep(String.join(", ", indirect), all.toString(), restsOn.isEmpty()
          ? "the grade rests on no study marked indirect (" + String.join(", ", indirect) + " set aside or not counted)"
          : "the rule set says nothing about indirect evidence: the grade stands"));
      return all;
    }
    Optional<String> lower = all.grade().flatMap(this::lowered);
    if (effect == IndirectEffect.PERMITS_LOWER) {
      if (lower.isEmpty()) {
        steps.add(() -> indirectStep(String.join(", ", restsOn), all.toString(), String.join(", ", restsOn)
            + " applies only indirectly, but no grade is below " + all.grade().map(this::name).orElse("no grade") + ": the grade stands"));
        return all;
      }
      EvidenceGrade permitted = EvidenceGrade.copyOf(all).withPermitted(distinct(all, ImmutableList.<PermittedGrade>builder()
          .addAll(all.permitted())
          .add(PermittedGrade.builder().grade(lower.get()).direction(directionOf(lower.get(), all.direction()))
              .because("for indirect evidence (" + String.join(", ", restsOn) + " applies only indirectly)").build())
          .build()));
      steps.add(() -> indirectStep(String.join(", ", restsOn), permitted.toString(), String.join(", ", restsOn)
          + " applies only indirectly: " + name(all.grade().orElseThrow()) + " (derived, the default) or " + name(lower.get())
          + " (one step below) is permitted"));
      return permitted;
    }
    EvidenceGrade lowered = EvidenceGrade.builder()
        .grade(lower)
        .direction(lower.flatMap(grade -> directionOf(grade, all.direction())))
        .row(all.row())
        .covered(all.covered())
        .addAllPermitted(distinctLowered(all))
        .addAllCounted(all.counted())
        .addAllRowsUsed(all.rowsUsed())
        .build();
    // The direct studies alone count only where all the studies are consistent: an inconsistency
    // stays one whether or not the studies behind it apply directly.
    List<Evidence> direct = evidence.stream().filter(study -> !study.indirect()).toList();
    boolean consistent = !consistency.sort(evidence, Steps.IGNORED).inconsistent();
    EvidenceGrade fromDirect = direct.isEmpty() || !consistent ? null : linked(direct, steps);
    boolean directIsStronger = fromDirect != null && strength(fromDirect.grade()) < strength(lowered.grade());
    EvidenceGrade result = directIsStronger ? fromDirect : lowered;
    steps.add(() -> indirectStep(String.join(", ", restsOn), result.toString(), "the grade rests on evidence that applies only indirectly ("
        + String.join(", ", restsOn) + "): " + all.grade().map(this::name).orElse("no grade") + " lowered is "
        + lower.map(this::name).orElse("no grade (nothing is below it)")
        + (fromDirect == null ? "" : "; the direct studies alone give " + fromDirect)
        + ": " + result));
    return result;
  }

  /** Consistency, then the rows: the default reading and, where the outlier is a judgment, the other. */
  private EvidenceGrade linked(List<Evidence> evidence, Steps steps) {
    SortedEvidence sorted = consistency.sort(evidence, steps);
    if (!sorted.inconsistent()) {
      return rows(Findings.CONSISTENT, sorted.consistent(), sorted.direction(), steps);
    }
    EvidenceGrade inconsistent = rows(Findings.INCONSISTENT, sorted.decisive(), Optional.empty(), steps);
    if (!sorted.outlierJudgment()) {
      return inconsistent;
    }
    EvidenceGrade overall = rows(Findings.CONSISTENT, sorted.consistent(), sorted.direction(), steps);
    String because = "in the panel's judgment that the findings are consistent overall, with " + sorted.outlier().get() + " set aside";
    ImmutableList.Builder<PermittedGrade> permitted = ImmutableList.<PermittedGrade>builder().addAll(inconsistent.permitted());
    overall.grade().ifPresent(grade -> permitted.add(
        PermittedGrade.builder().grade(grade).direction(overall.direction()).because(because).build()));
    permitted.addAll(overall.permitted());
    return EvidenceGrade.copyOf(inconsistent)
        .withCovered(inconsistent.covered() || overall.covered())
        .withPermitted(distinct(inconsistent, permitted.build()))
        .withRowsUsed(ImmutableList.<String>builder().addAll(inconsistent.rowsUsed()).addAll(overall.rowsUsed()).build());
  }

  /** The rows for one kind of findings, in order: the first that holds decides. */
  private EvidenceGrade rows(Findings findings, List<Evidence> studies, Optional<Direction> direction, Steps steps) {
    List<PermittedGrade> judgments = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (Row row : rules.rows()) {
      if (row.findings() != findings || !holds(row, studies)) {
        continue;
      }
      if (row.judgment().isPresent()) {
        String grade = row.grade().orElseThrow();
        judgments.add(PermittedGrade.builder().grade(grade).direction(directionOf(grade, direction))
            .because("in the panel's judgment: \"" + row.judgment().get() + "\"").build());
        used.add(row.id());
        steps.add(() -> rowStep(row, studies, direction)
            .outcome("permitted " + grade)
            .reason("row for " + name(grade) + ", \"" + row.words() + "\", holds only in the panel's judgment (\""
                + row.judgment().get() + "\"): " + name(grade) + " is permitted besides the grade the later rows give")
            .build());
        continue;
      }
      ImmutableList<Evidence> counted = counted(row, studies);
      EvidenceGrade decided = EvidenceGrade.builder()
          .grade(row.grade())
          .direction(row.grade().flatMap(grade -> directionOf(grade, direction)))
          .row(row.id())
          .covered(true)
          .addAllCounted(counted.stream().map(Evidence::study).toList())
          .addAllRowsUsed(used)
          .addRowsUsed(row.id())
          .build();
      EvidenceGrade result = EvidenceGrade.copyOf(decided).withPermitted(distinct(decided, judgments));
      steps.add(() -> rowStep(row, studies, direction)
          .outcome(row.grade().isPresent() ? result.toString() : "no grade")
          .reason(row.grade().map(grade -> "row for " + name(grade) + ", \"" + row.words() + "\"")
                  .orElseGet(() -> "row \"" + row.words() + "\": no grade, " + row.ungraded().orElseThrow())
              + ": " + (counted.isEmpty() ? "no studies" : Consistency.names(counted)) + others(studies.size() - counted.size()))
          .build());
      return result;
    }
    EvidenceGrade none = EvidenceGrade.builder()
        .covered(!judgments.isEmpty())
        .addAllPermitted(judgments)
        .addAllCounted(judgments.isEmpty() ? ImmutableList.of() : studies.stream().map(Evidence::study).toList())
        .addAllRowsUsed(used)
        .build();
    steps.add(() -> Step.builder()
        .rule(Prefixes.of(rules) + ".no-row")
        .source(source())
        .putInputs("findings", findings.name())
        .putInputs("studies", String.valueOf(studies.size()))
        .outcome(none.toString())
        .reason("no row of " + rules.id() + " decides for " + (findings == Findings.CONSISTENT ? "consistent" : "inconsistent")
            + " evidence of " + (studies.isEmpty() ? "no studies" : Consistency.names(studies))
            + (judgments.isEmpty() ? ": the rule set gives no grade" : ": only the panel's judgment gives one"))
        .build());
    return none;
  }

  /** Whether every condition of a row holds for these studies. */
  static boolean holds(Row row, List<Evidence> studies) {
    for (Condition condition : row.when()) {
      int count = 0;
      for (Evidence study : studies) {
        if (condition.levels().isEmpty() || condition.levels().contains(study.level())) {
          count++;
        }
      }
      if (!condition.holds(count)) {
        return false;
      }
    }
    return true;
  }

  private static ImmutableList<Evidence> counted(Row row, List<Evidence> studies) {
    return studies.stream().filter(study -> row.restsOn(study.level())).collect(ImmutableList.toImmutableList());
  }

  private static String others(int others) {
    return others == 0 ? "" : " (and " + others + " more consistent " + (others == 1 ? "study" : "studies") + ")";
  }

  private Step.Builder rowStep(Row row, List<Evidence> studies, Optional<Direction> direction) {
    return Step.builder()
        .rule(row.id())
        .source(rules.citation(row))
        .putInputs("findings", row.findings().name())
        .putInputs("studies", String.valueOf(studies.size()))
        .putInputs("direction", direction.map(Enum::name).orElse(""));
  }

  private Step indirectStep(String studies, String outcome, String reason) {
    return Step.builder()
        .rule(Prefixes.of(rules) + ".indirect")
        .source(rules.indirect().map(rules::citation).orElse(source()))
        .putInputs("indirect", studies)
        .putInputs("effect", rules.indirectEffect().name())
        .outcome(outcome)
        .reason(reason)
        .build();
  }

  /** The grade one step below, if the rule set names one. */
  private Optional<String> lowered(String grade) {
    return rules.grade(grade).flatMap(Grade::lowersTo);
  }

  private ImmutableList<PermittedGrade> distinctLowered(EvidenceGrade grade) {
    List<PermittedGrade> lowered = new ArrayList<>();
    for (PermittedGrade permitted : grade.permitted()) {
      lowered(permitted.grade()).ifPresent(lower -> lowered.add(PermittedGrade.copyOf(permitted)
          .withGrade(lower).withDirection(directionOf(lower, permitted.direction()))
          .withBecause(permitted.because() + ", then one step lower for indirect evidence")));
    }
    Optional<String> lower = grade.grade().flatMap(this::lowered);
    EvidenceGrade base = EvidenceGrade.builder().grade(lower).covered(true).build();
    return distinct(base, lowered);
  }

  /** The permitted grades other than the default, each once. */
  private static ImmutableList<PermittedGrade> distinct(EvidenceGrade base, List<PermittedGrade> permitted) {
    List<PermittedGrade> distinct = new ArrayList<>();
    for (PermittedGrade grade : permitted) {
      boolean isDefault = base.grade().equals(Optional.of(grade.grade()));
      if (!isDefault && distinct.stream().noneMatch(seen -> seen.grade().equals(grade.grade()))) {
        distinct.add(grade);
      }
    }
    return ImmutableList.copyOf(distinct);
  }

  /** The direction of a grade: that of the evidence, where the grade has one. */
  private Optional<Direction> directionOf(String grade, Optional<Direction> direction) {
    return rules.grade(grade).orElseThrow().directional() ? direction : Optional.empty();
  }

  /** Strongest first: a grade's position; no grade is weaker than any. */
  private int strength(Optional<String> grade) {
    return grade.map(rules::gradeIndex).orElse(Integer.MAX_VALUE);
  }

  private String name(String grade) {
    return rules.grade(grade).map(Grade::name).orElse(grade);
  }
}
