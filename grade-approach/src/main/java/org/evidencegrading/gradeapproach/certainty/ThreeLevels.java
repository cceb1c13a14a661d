package org.evidencegrading.gradeapproach.certainty;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;

/**
 * Where GRADE rates a domain down three levels (an extremely serious concern): for imprecision, "there
 * are scenarios in which lowering the certainty of evidence by three levels for imprecision is more
 * appropriate than lowering it by two levels" (Schünemann et al., GRADE guidance 35, J Clin Epidemiol
 * 2022;150:225-242; Zeng et al., GRADE guidance 34, J Clin Epidemiol 2022;150:216-224), and for risk of
 * bias of non-randomized studies assessed with ROBINS-I, which start high and whose critical risk of
 * bias places them at very low (Schünemann et al., GRADE guidelines 18, J Clin Epidemiol
 * 2019;111:105-114). Elsewhere the guidance knows one or two levels. The derived value is the domains
 * rated three levels down outside those places: a departure from guidance, not arithmetic, so the
 * three levels still count.
 */
public final class ThreeLevels extends NamedRule<Outcome, ImmutableList<Domain>> {

  /** The rule's id in traces. */
  public static final String ID = "grade.certainty.three-levels";

  /** The source the rule implements. */
  public static final String SOURCE = "GRADE 34/35 (Zeng 2022; Schünemann 2022), J Clin Epidemiol 150:216-242: three levels for"
      + " imprecision; GRADE 18 (Schünemann 2019), J Clin Epidemiol 111:105-114: ROBINS-I risk of bias";

  private static final ThreeLevels INSTANCE = new ThreeLevels();

  private ThreeLevels() {
    super(ID, SOURCE);
  }

  /** The rule. */
  public static ThreeLevels rule() {
    return INSTANCE;
  }

  /** Whether GRADE's guidance rates a domain of an outcome of this design down three levels. */
  public static boolean threeLevelsPermitted(Domain domain, StudyDesign design) {
    return domain == Domain.IMPRECISION || domain == Domain.RISK_OF_BIAS && design == StudyDesign.NON_RANDOMIZED_ROBINS_I;
  }

  @Override
  public Derivation<ImmutableList<Domain>> apply(Outcome outcome) {
    StudyDesign design = outcome.design().orElseThrow();
    ImmutableList<Domain> implausible = Arrays.stream(Domain.values())
        .filter(domain -> domain.concernOf(outcome) == Concern.EXTREMELY_SERIOUS && !threeLevelsPermitted(domain, design))
        .collect(ImmutableList.toImmutableList());
    String domains = implausible.stream().map(Words::of).collect(Collectors.joining(" and "));
    return Derivation.of(implausible, step()
        .putInputs("design", design.name())
        .putInputs("extremelySerious", implausible.stream().map(Domain::field).collect(Collectors.joining(", ")))
        .outcome(implausible.isEmpty() ? "as GRADE rates" : "implausible")
        .reason(implausible.isEmpty()
            ? "no domain is rated down three levels outside imprecision and ROBINS-I risk of bias"
            : domains + " rated extremely serious (-3): GRADE rates down three levels for imprecision (GRADE 34/35) and for"
                + " the risk of bias of non-randomized studies assessed with ROBINS-I (GRADE 18), not for "
                + (implausible.equals(ImmutableList.of(Domain.RISK_OF_BIAS)) ? "the risk of bias of " + Words.of(design) + " evidence"
                    : domains))
        .build());
  }
}
