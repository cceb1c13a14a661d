package org.evidencegrading.nass.grades;

import org.evidencegrading.model.Direction;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;

/**
 * Whether a published grade's direction is the evidence's. Findings are relative to the statement,
 * and the grades are "for or against recommending intervention" (NASS 2024, p. 13, Grades of
 * Recommendation for Summaries or Reviews of Studies); the statement carries the direction in its
 * standard language: "'A' recommendations indicate a test or intervention is 'recommended'; 'B'
 * recommendations 'suggest' a test or intervention and 'C' recommendations indicate a test or
 * intervention 'may be considered' or 'is an option'" (p. 13). So a published A, B or C says the
 * evidence supports the statement as written; when the consistent evidence opposes it (a derived
 * grade against the statement) the published grade contradicts the file's own findings.
 *
 * <p>The outcome is whether the directions agree: false exactly when the derived grade is against
 * the statement and the published grade is A, B or C. A published I recommends nothing, and a
 * derived I has no direction.
 */
public final class StatementDirection extends NamedRule<DirectionCheck, Boolean> {

  /** The rule's id in traces. */
  public static final String ID = "nass.direction";

  /** The source the rule implements. */
  public static final String SOURCE =
      "NASS 2024, p. 13, grades 'for or against recommending intervention' and the standard language of A, B and C;"
          + " evidence-grading/1 revision 2, NASS additions, DIRECTION_MISMATCH";

  private static final StatementDirection INSTANCE = new StatementDirection();

  private StatementDirection() {
    super(ID, SOURCE);
  }

  public static StatementDirection rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<Boolean> apply(DirectionCheck check) {
    boolean against = check.direction().equals(java.util.Optional.of(Direction.AGAINST));
    boolean agrees = !(against && check.published().recommends());
    String reason;
    if (!check.published().recommends()) {
      reason = "a published " + check.published() + " recommends neither for nor against the statement";
    } else if (check.direction().isEmpty()) {
      reason = "the derived " + check.derived() + " has no direction to contradict the published " + check.published();
    } else if (against) {
      reason = "the evidence opposes the statement (derived " + check.derived() + " against), but a published "
          + check.published() + " says it supports the statement as written";
    } else {
      reason = "the evidence supports the statement, as a published " + check.published() + " says";
    }
    return Derivation.of(agrees, step()
        .putInputs("derived", check.derived().name())
        .putInputs("direction", check.direction().map(Enum::name).orElse(""))
        .putInputs("published", check.published().name())
        .outcome(agrees ? "directions agree" : "direction contradicted")
        .reason(reason)
        .build());
  }
}
