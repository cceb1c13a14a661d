package org.evidencegrading.gradeapproach.certainty;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * The overall certainty of the evidence for a recommendation, by GRADE guidelines 11 (Guyatt et al.,
 * J Clin Epidemiol 2013;66:151-157): "Guideline developers using GRADE will subsequently make an
 * overall rating of confidence in effect estimates across all outcomes based on those outcomes they
 * consider critical to their recommendation ... In general, it is based on the critical outcome that
 * provides the lowest confidence." GRADE 18 (Table 1) restates it: "the overall certainty is
 * determined across outcomes based on the lowest quality outcome among those critical for
 * decision-making". The GRADE Handbook tradition (as the KCE process book, section 5.1, reproduces
 * it) adds the exception: "If all outcomes point in the same direction — towards either benefit or
 * harm — the highest quality of evidence for a critical outcome, that by itself would suffice to
 * recommend an intervention, determines the overall quality of evidence."
 *
 * <p>So: the lowest certainty among the critical outcomes (importance 7-9) is the default. When
 * every critical outcome {@code favors} the same alternative (all the intervention, or all the
 * comparison), the highest certainty among the critical outcomes marked {@code sufficientAlone} is
 * also permitted; an outcome whose {@code favors} is absent or {@code NEITHER} does not favor the
 * same alternative as any other. Never automatically: only the panel's mark permits it. Where an
 * outcome's own certainty leaves discretion (rating up after rating down), every certainty reachable
 * with its permitted ones is permitted too. Outcomes that are not critical are listed in the trace as
 * not counted. On a tie the first outcome in file order is named as deciding.
 *
 * <p>With no critical outcome there is no overall certainty: the derived value is empty.
 */
public final class OverallCertainty extends NamedRule<List<OutcomeCertainty>, Optional<OverallRating>> {

  /** The evaluator's id; its first step's rule id is {@link #CRITICAL_ID}. */
  public static final String ID = "grade.overall";

  /** The source the rule implements. */
  public static final String SOURCE =
      "GRADE 11 (Guyatt 2013), J Clin Epidemiol 66:151-157: overall rating across outcomes";

  /** The rule id of the step that picks the critical outcomes. */
  public static final String CRITICAL_ID = "grade.overall.critical-outcomes";

  private static final Comparator<OutcomeCertainty> BY_DEFAULT_RANK =
      Comparator.comparingInt(counted -> counted.permitted().byDefault().rank());

  private static final OverallCertainty INSTANCE = new OverallCertainty();

  private OverallCertainty() {
    super(ID, SOURCE);
  }

  /** The rule. */
  public static OverallCertainty rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<Optional<OverallRating>> apply(List<OutcomeCertainty> outcomes) {
    ImmutableList<OutcomeCertainty> critical =
        outcomes.stream().filter(counted -> counted.outcome().critical()).collect(ImmutableList.toImmutableList());
    List<OutcomeCertainty> notCritical = outcomes.stream().filter(counted -> !counted.outcome().critical()).toList();
    String notCounted = notCritical.isEmpty() ? "" : "; not counted: " + notCritical.stream()
        .map(counted -> counted.outcome().id() + " (" + counted.outcome().importance() + ")")
        .collect(Collectors.joining(", "));
    Step.Builder selection = Step.builder()
        .rule(CRITICAL_ID)
        .source(SOURCE)
        .putInputs("critical", ids(critical))
        .putInputs("notCritical", ids(notCritical));
    if (critical.isEmpty()) {
      return Derivation.of(Optional.empty(), selection
          .outcome("no critical outcome")
          .reason("no outcome with evidence is critical (importance 7-9), and only critical outcomes count: there is no overall"
              + " certainty" + notCounted)
          .build());
    }
    StringBuilder counting = new StringBuilder("only critical outcomes (importance 7-9) count: ");
    for (int i = 0; i < critical.size(); i++) {
      OutcomeCertainty each = critical.get(i);
      counting.append(i == 0 ? "" : ", ").append(each.outcome().id()).append(" (").append(each.outcome().importance()).append(", ")
          .append(each.permitted().words()).append(')');
    }
    Trace trace = Trace.of(selection
        .outcome(critical.size() + (critical.size() == 1 ? " critical outcome" : " critical outcomes"))
        .reason(counting.append(notCounted).toString())
        .build());

    OutcomeCertainty decisive = firstBest(critical, BY_DEFAULT_RANK.reversed());
    Certainty byDefault = decisive.permitted().byDefault();
    Map<Certainty, String> alternatives = new LinkedHashMap<>();
    int ceiling = critical.stream().mapToInt(counted -> counted.permitted().highest().rank()).min().orElseThrow();
    List<OutcomeCertainty> discretionary = critical.stream().filter(counted -> !counted.permitted().alternatives().isEmpty()).toList();
    if (!discretionary.isEmpty()) {
      String discretion = "the lowest certainty among the critical outcomes, taking for " + ids(discretionary)
          + " the other certainty permitted (" + discretionary.stream()
              .flatMap(each -> each.permitted().alternatives().values().stream())
              .collect(Collectors.joining("; ")) + ")";
      for (OutcomeCertainty counted : critical) {
        for (Certainty member : counted.permitted().members()) {
          if (member != byDefault && member.rank() <= ceiling) {
            alternatives.putIfAbsent(member, discretion);
          }
        }
      }
    }
    Step lowest = Step.builder()
        .rule(OverallBasis.LOWEST.ruleId())
        .source(SOURCE)
        .putInputs("outcome", decisive.outcome().id())
        .outcome(byDefault.name())
        .reason("the lowest certainty among the critical outcomes counts, " + Words.of(byDefault) + " of " + decisive.outcome().id()
            + (alternatives.isEmpty() ? "" : "; with the other certainty permitted for " + ids(discretionary) + ", also "
                + alternatives.keySet().stream().map(Words::of).collect(Collectors.joining(", "))))
        .build();
    trace = trace.then(lowest);

    List<OutcomeCertainty> sufficient = critical.stream().filter(counted -> counted.outcome().sufficientAlone()).toList();
    if (!sufficient.isEmpty()) {
      trace = trace.then(sufficientAlone(critical, sufficient, byDefault, alternatives));
    }
    PermittedCertainty permitted = PermittedCertainty.of(byDefault, alternatives);
    OverallRating rating = OverallRating.builder().permitted(permitted).decidedBy(decisive.outcome().id()).build();
    if (sufficient.isEmpty() && alternatives.isEmpty()) {
      return Derivation.of(Optional.of(rating), trace, lowest);
    }
    Step conclusion = step()
        .putInputs("default", byDefault.name())
        .outcome(byDefault.name())
        .reason("overall certainty " + permitted.words())
        .build();
    return Derivation.composite(Optional.of(rating), trace, conclusion);
  }

  /**
   * The step of the exception for outcomes sufficient alone: when every critical outcome favors the
   * same alternative, it adds the certainties reachable as the highest among them to {@code
   * alternatives}.
   */
  private static Step sufficientAlone(
      List<OutcomeCertainty> critical, List<OutcomeCertainty> sufficient, Certainty byDefault, Map<Certainty, String> alternatives) {
    Step.Builder step = Step.builder()
        .rule(OverallBasis.SUFFICIENT_ALONE.ruleId())
        .source(SOURCE)
        .putInputs("sufficientAlone", ids(sufficient));
    Optional<Favors> side = Favors.commonSide(critical.stream().map(counted -> counted.outcome().favors()).toList());
    if (side.isEmpty()) {
      return step
          .outcome("not permitted")
          .reason("the panel judged " + ids(sufficient) + " sufficient alone, but the critical outcomes do not all favor the same"
              + " alternative (" + critical.stream().map(OverallCertainty::favoring).collect(Collectors.joining(", "))
              + "): only the lowest certainty counts")
          .build();
    }
    OutcomeCertainty highest = firstBest(sufficient, BY_DEFAULT_RANK);
    int floor = sufficient.stream().mapToInt(counted -> counted.permitted().lowest().rank()).max().orElseThrow();
    String discretion = "the highest certainty among the critical outcomes the panel judged sufficient alone (" + ids(sufficient)
        + "), every critical outcome favoring the " + Words.of(side.get()) + " (GRADE 11)";
    for (OutcomeCertainty counted : sufficient) {
      for (Certainty member : counted.permitted().members()) {
        if (member != byDefault && member.rank() >= floor) {
          alternatives.putIfAbsent(member, discretion);
        }
      }
    }
    return step
        .putInputs("favors", side.get().name())
        .outcome(highest.permitted().byDefault().name())
        .reason("every critical outcome favors the " + Words.of(side.get()) + ": the highest certainty among those the panel"
            + " judged sufficient alone, " + Words.of(highest.permitted().byDefault()) + " of " + highest.outcome().id()
            + ", is also permitted")
        .build();
  }

  /** The first outcome in order that no later one beats. */
  private static OutcomeCertainty firstBest(List<OutcomeCertainty> outcomes, Comparator<OutcomeCertainty> better) {
    OutcomeCertainty best = outcomes.get(0);
    for (OutcomeCertainty counted : outcomes) {
      if (better.compare(counted, best) > 0) {
        best = counted;
      }
    }
    return best;
  }

  private static String favoring(OutcomeCertainty counted) {
    return counted.outcome().id() + ": favors " + counted.outcome().favors().map(Words::of).orElse("not given");
  }

  private static String ids(List<OutcomeCertainty> outcomes) {
    StringJoiner ids = new StringJoiner(", ");
    for (OutcomeCertainty counted : outcomes) {
      ids.add(counted.outcome().id());
    }
    return ids.toString();
  }
}
