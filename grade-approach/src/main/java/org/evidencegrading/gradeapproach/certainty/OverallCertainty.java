package org.evidencegrading.gradeapproach.certainty;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * The overall certainty of the evidence for a recommendation, by GRADE guidelines 11 (Guyatt et al.,
 * J Clin Epidemiol 2013) as the GRADE Handbook summarizes it: consider only the outcomes deemed
 * critical; where they point in different directions, towards benefit and towards harm, the lowest
 * certainty of any critical outcome determines the overall certainty; where all point in the same
 * direction, the highest certainty of a critical outcome that would by itself suffice to recommend
 * determines it.
 *
 * <p>As the file format puts it: the lowest certainty among the critical outcomes (importance 7-9),
 * except that when every critical outcome {@code favors} the same alternative (all the intervention,
 * or all the comparison), the highest. An outcome whose {@code favors} is absent or {@code NEITHER}
 * does not favor the same alternative as any other. On a tie the first outcome in file order is named
 * as deciding. Non-critical outcomes are listed in the trace as not counted.
 *
 * <p>The rule needs at least one critical outcome; {@code GradeApproachSystem} rejects a recommendation with
 * outcomes but none critical as invalid input, since GRADE gives it no overall certainty.
 */
public final class OverallCertainty implements Rule<List<RatedOutcome>, OverallRating> {

  /** The evaluator's id; its first step's rule id is {@link #CRITICAL_ID}. */
  public static final String ID = "grade.overall";

  /** The source the rule implements. */
  public static final String SOURCE =
      "GRADE 11 (Guyatt 2013), J Clin Epidemiol 66:151-157: overall rating across outcomes";

  /** The rule id of the step that picks the critical outcomes. */
  public static final String CRITICAL_ID = "grade.overall.critical-outcomes";

  private static final OverallCertainty INSTANCE = new OverallCertainty();

  private OverallCertainty() {}

  /** The rule. */
  public static OverallCertainty rule() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  /**
   * Derives the overall certainty.
   *
   * @throws IllegalArgumentException if no outcome is critical
   */
  @Override
  public Derivation<OverallRating> apply(List<RatedOutcome> outcomes) {
    ImmutableList<RatedOutcome> critical =
        outcomes.stream().filter(rated -> rated.outcome().critical()).collect(ImmutableList.toImmutableList());
    Preconditions.checkArgument(!critical.isEmpty(), "no critical outcome (importance 7-9) among %s", outcomes);
    List<RatedOutcome> notCritical = outcomes.stream().filter(rated -> !rated.outcome().critical()).toList();
    Step selection =
        Step.builder()
            .rule(CRITICAL_ID)
            .source(SOURCE)
            .putInputs("critical", ids(critical))
            .putInputs("notCritical", ids(notCritical))
            .outcome(critical.size() + (critical.size() == 1 ? " critical outcome" : " critical outcomes"))
            .reason("only critical outcomes (importance 7-9) count: "
                + critical.stream()
                    .map(rated -> rated.outcome().id() + " (" + rated.outcome().importance() + ", " + Words.of(rated.certainty()) + ")")
                    .collect(Collectors.joining(", "))
                + (notCritical.isEmpty() ? "" : "; not counted: " + notCritical.stream()
                    .map(rated -> rated.outcome().id() + " (" + rated.outcome().importance() + ")")
                    .collect(Collectors.joining(", "))))
            .build();
    Optional<Favors> side = sameSide(critical);
    Comparator<RatedOutcome> byRank = Comparator.comparingInt(rated -> rated.certainty().rank());
    RatedOutcome decisive;
    OverallBasis basis;
    String reason;
    if (side.isPresent()) {
      basis = OverallBasis.HIGHEST_SAME_DIRECTION;
      decisive = firstBest(critical, byRank);
      reason = "every critical outcome favors the " + Words.of(side.get())
          + ": the highest certainty among the critical outcomes counts, " + Words.of(decisive.certainty())
          + " of " + decisive.outcome().id();
    } else {
      basis = OverallBasis.LOWEST;
      decisive = firstBest(critical, byRank.reversed());
      reason = "the critical outcomes do not all favor the same alternative ("
          + critical.stream().map(OverallCertainty::favoring).collect(Collectors.joining(", "))
          + "): the lowest certainty among the critical outcomes counts, " + Words.of(decisive.certainty()) + " of "
          + decisive.outcome().id();
    }
    Step decision =
        Step.builder()
            .rule(basis.ruleId())
            .source(SOURCE)
            .putInputs("outcome", decisive.outcome().id())
            .putInputs("favors", side.map(Favors::name).orElse(""))
            .outcome(decisive.certainty().name())
            .reason(reason)
            .build();
    OverallRating rating =
        OverallRating.builder().certainty(decisive.certainty()).basis(basis).decidedBy(decisive.outcome().id()).build();
    return Derivation.of(rating, Trace.of(List.of(selection, decision)), decision);
  }

  /** The first outcome in order that no later one beats. */
  private static RatedOutcome firstBest(List<RatedOutcome> outcomes, Comparator<RatedOutcome> better) {
    RatedOutcome best = outcomes.get(0);
    for (RatedOutcome rated : outcomes) {
      if (better.compare(rated, best) > 0) {
        best = rated;
      }
    }
    return best;
  }

  /** The alternative every outcome favors, if they all favor the intervention or all the comparison. */
  private static Optional<Favors> sameSide(List<RatedOutcome> critical) {
    Optional<Favors> first = critical.get(0).outcome().favors().filter(favors -> favors != Favors.NEITHER);
    return first.filter(side -> critical.stream().allMatch(rated -> rated.outcome().favors().equals(first)));
  }

  private static String favoring(RatedOutcome rated) {
    return rated.outcome().id() + ": favors " + rated.outcome().favors().map(Words::of).orElse("not given");
  }

  private static String ids(List<RatedOutcome> outcomes) {
    return outcomes.stream().map(rated -> rated.outcome().id()).collect(Collectors.joining(", "));
  }
}
