package org.evidencegrading.rulesets.grading;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evidencegrading.model.Direction;
import org.evidencegrading.rulesets.definition.Inconclusive;
import org.evidencegrading.rulesets.definition.Outlier;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.rulesets.model.Finding;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;

/**
 * Sorts a body of evidence by the rule set's {@code consistency} policy before any row applies:
 *
 * <ol>
 *   <li>studies of levels that support no grade are set aside;
 *   <li>inconclusive findings are set aside ({@code inconclusive: SET_ASIDE}) or conflict with the
 *       others as an opposing finding would ({@code CONFLICTING});
 *   <li>if every remaining study finds the same way, they are consistent; if two or more find one
 *       way and a single study disagrees, that outlier is set aside ({@code singleOutlier:
 *       SET_ASIDE}, NASS's footnote), makes the body inconsistent ({@code INCONSISTENT}), or is set
 *       aside only in the panel's judgment ({@code JUDGMENT}); any other disagreement is
 *       inconsistent.
 * </ol>
 */
public final class Consistency implements Rule<ImmutableList<Evidence>, SortedEvidence> {

  private final RuleSet rules;

  /** The consistency rule of a rule set. */
  public Consistency(RuleSet rules) {
    this.rules = rules;
  }

  @Override
  public String id() {
    return Prefixes.of(rules) + ".consistency";
  }

  @Override
  public String source() {
    return rules.citation(rules.consistency());
  }

  @Override
  public Derivation<SortedEvidence> apply(ImmutableList<Evidence> evidence) {
    Steps steps = Steps.recording();
    SortedEvidence sorted = sort(evidence, steps);
    return Derivation.of(sorted, steps.trace(), steps.trace().steps().get(0));
  }

  /** The sorted evidence alone, without the trace, by the same code. */
  public SortedEvidence decide(List<Evidence> evidence) {
    return sort(evidence, Steps.IGNORED);
  }

  /** Sorts the evidence, recording one step. */
  SortedEvidence sort(List<Evidence> evidence, Steps steps) {
    ImmutableList.Builder<Evidence> unusableBuilder = ImmutableList.builder();
    ImmutableList.Builder<Evidence> supportingBuilder = ImmutableList.builder();
    ImmutableList.Builder<Evidence> opposingBuilder = ImmutableList.builder();
    ImmutableList.Builder<Evidence> inconclusiveBuilder = ImmutableList.builder();
    for (Evidence study : evidence) {
      if (!rules.level(study.level()).orElseThrow().supportsGrades()) {
        unusableBuilder.add(study);
      } else if (study.finding() == Finding.SUPPORTS) {
        supportingBuilder.add(study);
      } else if (study.finding() == Finding.OPPOSES) {
        opposingBuilder.add(study);
      } else {
        inconclusiveBuilder.add(study);
      }
    }
    ImmutableList<Evidence> unusable = unusableBuilder.build();
    ImmutableList<Evidence> supporting = supportingBuilder.build();
    ImmutableList<Evidence> opposing = opposingBuilder.build();
    ImmutableList<Evidence> inconclusive = inconclusiveBuilder.build();
    boolean conflicting = rules.consistency().inconclusive() == Inconclusive.CONFLICTING;
    SortedEvidence.Builder sorted = SortedEvidence.builder().addAllUnusable(unusable);
    ImmutableList<Evidence> dissenting = ImmutableList.of();
    ImmutableList<Evidence> majority = ImmutableList.of();
    Direction direction = Direction.FOR;
    boolean tie = false;
    if (conflicting) {
      sorted.addAllDecisive(supporting).addAllDecisive(opposing).addAllDecisive(inconclusive);
    } else {
      sorted.addAllDecisive(supporting).addAllDecisive(opposing).addAllInconclusive(inconclusive);
    }
    if (supporting.isEmpty() && opposing.isEmpty()) {
      sorted.inconsistent(false);
    } else {
      tie = supporting.size() == opposing.size();
      direction = supporting.size() > opposing.size() ? Direction.FOR : Direction.AGAINST;
      majority = direction == Direction.FOR ? supporting : opposing;
      dissenting = ImmutableList.<Evidence>builder()
          .addAll(direction == Direction.FOR ? opposing : supporting)
          .addAll(conflicting ? inconclusive : ImmutableList.of())
          .build();
    }
    Outlier policy = rules.consistency().singleOutlier();
    String outcome;
    if (supporting.isEmpty() && opposing.isEmpty()) {
      outcome = "no consistent evidence";
    } else if (!tie && dissenting.isEmpty()) {
      sorted.inconsistent(false).addAllConsistent(majority).direction(direction);
      outcome = "consistent " + words(direction);
    } else if (!tie && dissenting.size() == 1 && majority.size() >= 2 && policy != Outlier.INCONSISTENT) {
      sorted.inconsistent(policy == Outlier.JUDGMENT).addAllConsistent(majority).direction(direction).outlier(dissenting.get(0));
      outcome = policy == Outlier.SET_ASIDE
          ? "consistent " + words(direction) + ", outlier set aside"
          : "inconsistent, or consistent " + words(direction) + " in the panel's judgment";
    } else {
      sorted.inconsistent(true);
      outcome = "inconsistent";
    }
    SortedEvidence result = sorted.build();
    steps.add(() -> step()
        .putInputs("supporting", String.valueOf(supporting.size()))
        .putInputs("opposing", String.valueOf(opposing.size()))
        .putInputs("inconclusive", String.valueOf(inconclusive.size()))
        .putInputs("setAside", String.valueOf(unusable.size()))
        .outcome(outcome)
        .reason(reason(result, supporting, opposing, inconclusive, conflicting))
        .build());
    return result;
  }

  private String reason(SortedEvidence sorted, List<Evidence> supporting, List<Evidence> opposing, List<Evidence> inconclusive,
      boolean conflicting) {
    StringBuilder reason = new StringBuilder();
    if (supporting.isEmpty() && opposing.isEmpty()) {
      reason.append("no study supports or opposes the statement");
    } else if (!sorted.inconsistent() && sorted.outlier().isEmpty()) {
      reason.append("every study that found either way ").append(sorted.direction().orElseThrow() == Direction.FOR ? "supports" : "opposes")
          .append(" the statement: ").append(names(sorted.consistent()));
    } else if (sorted.outlier().isPresent()) {
      reason.append("multiple consistent studies (").append(names(sorted.consistent())).append(") and a single study finding otherwise (")
          .append(sorted.outlier().get()).append(sorted.outlierJudgment()
              ? "): whether the findings are consistent overall is the panel's judgment; without it they are inconsistent"
              : "): the outlier is set aside and the grade rests on the consistent studies");
    } else {
      reason.append("findings are inconsistent: supporting ").append(names(supporting)).append("; opposing ").append(names(opposing))
          .append(conflicting && !inconclusive.isEmpty() ? "; inconclusive, which conflict: " + names(inconclusive) : "");
    }
    if (!sorted.inconclusive().isEmpty()) {
      reason.append(" (inconclusive, set aside: ").append(names(sorted.inconclusive())).append(')');
    }
    if (!sorted.unusable().isEmpty()) {
      reason.append(" (set aside, their levels support no grade: ").append(names(sorted.unusable())).append(')');
    }
    return reason.toString();
  }

  private static String words(Direction direction) {
    return direction.name().toLowerCase(Locale.ROOT);
  }

  /** "s1 (I), s2 (II)", or "none". */
  static String names(List<Evidence> evidence) {
    return evidence.isEmpty()
        ? "none"
        : evidence.stream().map(e -> e.study() + " (" + e.level() + (e.indirect() ? ", indirect" : "") + ")").collect(Collectors.joining(", "));
  }
}
