package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
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
 */
public final class Consistency implements Rule<ImmutableList<Evidence>, Body> {

  /** The rule's id in traces. */
  public static final String ID = "nass.consistency";

  /** The source the rule implements. */
  public static final String SOURCE =
      "NASS 2024, p. 13, Linking Levels of Evidence to Grades of Recommendation, grade I row and its footnote on a single outlying study";

  private static final Consistency INSTANCE = new Consistency();

  private Consistency() {}

  public static Consistency rule() {
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

  @Override
  public Derivation<Body> apply(ImmutableList<Evidence> evidence) {
    ImmutableList<Evidence> supporting = with(evidence, Finding.SUPPORTS);
    ImmutableList<Evidence> opposing = with(evidence, Finding.OPPOSES);
    ImmutableList<Evidence> inconclusive = with(evidence, Finding.INCONCLUSIVE);
    Body.Builder body = Body.builder().addAllInconclusive(inconclusive);
    String outcome;
    String reason;
    if (opposing.isEmpty() || supporting.isEmpty()) {
      boolean against = supporting.isEmpty() && !opposing.isEmpty();
      ImmutableList<Evidence> consistent = against ? opposing : supporting;
      body.inconsistent(false).addAllConsistent(consistent);
      if (!consistent.isEmpty()) {
        body.direction(against ? Direction.AGAINST : Direction.FOR);
      }
      outcome = consistent.isEmpty() ? "no consistent evidence" : "consistent " + (against ? "against" : "for");
      reason = consistent.isEmpty()
          ? "no study supports or opposes the statement"
          : "every study that found either way " + (against ? "opposes" : "supports") + " the statement: " + names(consistent);
    } else if (supporting.size() >= 2 && opposing.size() == 1 || opposing.size() >= 2 && supporting.size() == 1) {
      boolean against = opposing.size() > supporting.size();
      ImmutableList<Evidence> consistent = against ? opposing : supporting;
      Evidence outlier = (against ? supporting : opposing).get(0);
      body.inconsistent(false).addAllConsistent(consistent).direction(against ? Direction.AGAINST : Direction.FOR).outlier(outlier);
      outcome = "consistent " + (against ? "against" : "for") + ", outlier set aside";
      reason = "multiple consistent studies (" + names(consistent) + ") and a single outlying, inconsistent study ("
          + outlier + "): the grade is based on the consistent studies";
    } else {
      body.inconsistent(true);
      outcome = "inconsistent";
      reason = "findings are inconsistent: supporting " + names(supporting) + "; opposing " + names(opposing);
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
