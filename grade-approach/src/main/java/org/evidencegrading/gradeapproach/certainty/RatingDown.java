package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * Rates an outcome's certainty down for the five domains: "Five factors may lead to rating down the
 * quality of evidence" (Balshem et al., GRADE guidelines 3): risk of bias, inconsistency,
 * indirectness, imprecision and publication bias, each one level for a serious concern and two for a
 * very serious one, and three for an extremely serious one (GRADE guidelines 18), as {@link Concern}
 * counts them. The levels of all domains add up; the scale's bounds are applied once, at the end
 * ({@link CertaintyBounds}).
 *
 * <p>One step per domain, the domains not rated down included, so that the trace shows every
 * judgment; the derived value is the total number of levels.
 */
public final class RatingDown extends NamedRule<Outcome, Integer> {

  /** The rule's id in traces. */
  public static final String ID = "grade.certainty.rating-down";

  /** The source the rule implements. */
  public static final String SOURCE =
      "GRADE 4-8 (Guyatt 2011), J Clin Epidemiol 64:407-415, 1277-1302: rating down for risk of bias, inconsistency, indirectness, imprecision, publication bias";

  private static final RatingDown INSTANCE = new RatingDown();

  private RatingDown() {
    super(ID, SOURCE);
  }

  /** The rule. */
  public static RatingDown rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<Integer> apply(Outcome outcome) {
    Trace trace = Trace.empty();
    Step last = null;
    int levels = 0;
    for (Domain domain : Domain.values()) {
      Concern concern = domain.concernOf(outcome);
      levels += concern.levels();
      String domainWords = Words.of(domain);
      last = step()
          .putInputs("domain", domain.field())
          .putInputs("concern", concern.name())
          .outcome(concern.levels() == 0 ? "not rated down" : "rated down " + Words.levels(concern.levels()))
          .reason(concern.levels() == 0
              ? domainWords + ": no serious concern"
              : domainWords + ": " + Words.of(concern) + " concern, rated down " + Words.levels(concern.levels()))
          .build();
      trace = trace.then(last);
    }
    return Derivation.of(levels, trace, last);
  }
}
