package org.evidencegrading.gradeapproach.certainty;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;

/**
 * Whether a published certainty agrees with the derived one, and which permitted member the
 * guideline used. Revision 2 of the file format: "A rule whose guidance leaves discretion yields the
 * set of permitted values and its default; a published value inside the set agrees (with an INFO
 * naming the discretion used)"; "a range agrees when the derived certainty lies in it". A published
 * range that holds the default agrees; one that holds only another permitted certainty agrees by
 * discretion; one that holds none disagrees. The step says which.
 */
public final class CertaintyAgreement extends NamedRule<CertaintyComparison, CertaintyVerdict> {

  /** The rule's id in traces. */
  public static final String ID = "grade.certainty.published";

  /** The source the rule implements. */
  public static final String SOURCE = "evidence-grading/1, revision 2: permitted values and their default; certainty ranges";

  private static final CertaintyAgreement INSTANCE = new CertaintyAgreement();

  private CertaintyAgreement() {
    super(ID, SOURCE);
  }

  /** The rule. */
  public static CertaintyAgreement rule() {
    return INSTANCE;
  }

  /** The permitted member other than the default that the published certainty allows, the highest first. */
  public static Optional<Certainty> memberUsed(CertaintyComparison comparison) {
    return comparison.permitted().alternatives().keySet().stream()
        .filter(comparison.published()::allows)
        .sorted()
        .findFirst();
  }

  @Override
  public Derivation<CertaintyVerdict> apply(CertaintyComparison comparison) {
    PermittedCertainty permitted = comparison.permitted();
    PublishedCertainty published = comparison.published();
    Optional<Certainty> used = memberUsed(comparison);
    CertaintyVerdict verdict;
    String reason;
    if (published.allows(permitted.byDefault())) {
      verdict = CertaintyVerdict.AGREES;
      reason = published.single().isPresent()
          ? "published " + published.words() + ", as derived"
          : "the derived certainty, " + Words.of(permitted.byDefault()) + ", lies in the published range, " + published.words();
    } else if (used.isPresent()) {
      verdict = CertaintyVerdict.AGREES_BY_DISCRETION;
      reason = "published " + published.words() + ": " + Words.of(used.get()) + " is permitted, "
          + permitted.alternatives().get(used.get()) + " (the default is " + Words.of(permitted.byDefault()) + ")";
    } else {
      verdict = CertaintyVerdict.DISAGREES;
      reason = "published " + published.words() + ", but derived " + permitted.words();
    }
    Step step = step()
        .putInputs("permitted", permitted.members().toString())
        .putInputs("default", permitted.byDefault().name())
        .putInputs("published", published.levels().toString())
        .outcome(verdict == CertaintyVerdict.AGREES_BY_DISCRETION ? "agrees: " + used.get().name() : Words.of(verdict))
        .reason(reason)
        .build();
    return Derivation.of(verdict, step);
  }
}
