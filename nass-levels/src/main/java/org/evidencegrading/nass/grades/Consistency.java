package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.NassRuleSet;
import org.evidencegrading.rulesets.grading.SortedEvidence;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;

/**
 * Decides which studies a grade rests on, by the linking table's last row and its footnote (NASS,
 * p. 13): "I: ... More than one study with inconsistent findings*" and "*Note that in the presence
 * of multiple consistent studies and a single outlying, inconsistent study, the Grade of
 * Recommendation will be based on the level of consistent studies."
 *
 * <p>Inconclusive findings are set aside first: they neither support the statement nor make the
 * body inconsistent. Then if all remaining studies find the same way, they are the consistent body;
 * if two or more find one way and exactly one the other, that one is the outlier and is set aside;
 * otherwise (one against one, or two or more each way) the findings are inconsistent.
 *
 * <p>That policy is the NASS 2024 rule set's {@code consistency} ({@code inconclusive: SET_ASIDE},
 * {@code singleOutlier: SET_ASIDE}; {@link NassRuleSet}), and the rule-sets engine's {@link
 * org.evidencegrading.rulesets.grading.Consistency} sorts the studies by it; this rule says what it
 * found in the footnote's words.
 */
public final class Consistency extends NamedRule<ImmutableList<Evidence>, Body> {

  /** The rule's id in traces. */
  public static final String ID = "nass.consistency";

  private static final org.evidencegrading.rulesets.grading.Consistency POLICY =
      new org.evidencegrading.rulesets.grading.Consistency(NassRuleSet.rules());

  private static final String SOURCE = POLICY.source();

  private static final Consistency INSTANCE = new Consistency();

  private Consistency() {
    super(ID, SOURCE);
  }

  public static Consistency rule() {
    return INSTANCE;
  }

  /** The rule set's consistency policy, cited: "NASS 2024, p. 13, ..., grade I row and its footnote". */
  @Override
  public Derivation<Body> apply(ImmutableList<Evidence> evidence) {
    return apply(evidence, new RuleSetBody(evidence));
  }

  /** Sorts the evidence, given as the engine sees it too. */
  Derivation<Body> apply(ImmutableList<Evidence> evidence, RuleSetBody studies) {
    ImmutableList<Evidence> supporting = with(evidence, Finding.SUPPORTS);
    ImmutableList<Evidence> opposing = with(evidence, Finding.OPPOSES);
    ImmutableList<Evidence> inconclusive = with(evidence, Finding.INCONCLUSIVE);
    SortedEvidence sorted = POLICY.decide(studies.studies());
    Body.Builder body = Body.builder().inconsistent(sorted.inconsistent()).addAllInconclusive(studies.nass(sorted.inconclusive()));
    String outcome;
    String reason;
    if (sorted.inconsistent()) {
      outcome = "inconsistent";
      reason = "findings are inconsistent: supporting " + names(supporting) + "; opposing " + names(opposing);
    } else {
      ImmutableList<Evidence> consistent = studies.nass(sorted.consistent());
      body.addAllConsistent(consistent).direction(sorted.direction());
      String direction = sorted.direction().map(d -> d.name().toLowerCase(Locale.ROOT)).orElse("");
      if (sorted.outlier().isPresent()) {
        Evidence outlier = studies.nass(List.of(sorted.outlier().get())).get(0);
        body.outlier(outlier);
        outcome = "consistent " + direction + ", outlier set aside";
        reason = "multiple consistent studies (" + names(consistent) + ") and a single outlying, inconsistent study ("
            + outlier + "): the grade is based on the consistent studies";
      } else if (consistent.isEmpty()) {
        outcome = "no consistent evidence";
        reason = "no study supports or opposes the statement";
      } else {
        outcome = "consistent " + direction;
        reason = "every study that found either way " + (sorted.direction().orElseThrow() == Direction.AGAINST ? "opposes" : "supports")
            + " the statement: " + names(consistent);
      }
    }
    if (!inconclusive.isEmpty()) {
      reason = reason + " (inconclusive, set aside: " + names(inconclusive) + ")";
    }
    Step step =
        step()
            .putInputs("supporting", String.valueOf(supporting.size()))
            .putInputs("opposing", String.valueOf(opposing.size()))
            .putInputs("inconclusive", String.valueOf(inconclusive.size()))
            .outcome(outcome)
            .reason(reason)
            .build();
    return Derivation.of(body.build(), step);
  }

  private static ImmutableList<Evidence> with(List<Evidence> evidence, Finding finding) {
    return evidence.stream().filter(e -> e.finding() == finding).collect(ImmutableList.toImmutableList());
  }

  static String names(List<Evidence> evidence) {
    return evidence.isEmpty()
        ? "none"
        : evidence.stream().map(e -> e.study() + " (" + e.level().name() + ")").collect(Collectors.joining(", "));
  }
}
