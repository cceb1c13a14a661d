package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;

/**
 * The grades permitted for a recommendation whose evidence answers its question only indirectly.
 * NASS grades each study for the question asked: "How a given question was asked might influence
 * how a study was evaluated and interpreted as to its level of evidence in answering that particular
 * question" (NASS 2024, pp. 13-14). Revision 2 of the file format lets a file mark such an appraisal
 * {@code indirect: true}: "A published grade one step below the derived one is then permitted".
 *
 * <p>The rule leaves discretion, so it returns the permitted set: the derived grade (the default)
 * and, when the grade rests on a study marked indirect, the grade one step below it (B for A, C for
 * B, I for C; nothing below I). It also says which member the guideline used.
 */
public final class IndirectEvidence extends NamedRule<Indirectness, PermittedGrades> {

  /** The rule's id in traces. */
  public static final String ID = "nass.indirect-evidence";

  /** The source the rule implements. */
  public static final String SOURCE =
      "NASS 2024, pp. 13-14, a study's level depends on how the question was asked;"
          + " evidence-grading/1 revision 2, NASS additions, indirect: true permits a grade one step below the derived one";

  private static final IndirectEvidence INSTANCE = new IndirectEvidence();

  private IndirectEvidence() {
    super(ID, SOURCE);
  }

  public static IndirectEvidence rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<PermittedGrades> apply(Indirectness input) {
    ImmutableList.Builder<Grade> grades = ImmutableList.<Grade>builder().add(input.derived());
    Optional<Grade> lower = input.indirect().isEmpty() ? Optional.empty() : input.derived().oneStepBelow();
    lower.ifPresent(grades::add);
    PermittedGrades permitted = PermittedGrades.builder()
        .addAllGrades(grades.build())
        .used(input.published().filter(grades.build()::contains))
        .build();
    String set;
    if (lower.isPresent()) {
      set = String.join(", ", input.indirect()) + (input.indirect().size() == 1 ? " answers" : " answer")
          + " the question only indirectly: " + input.derived() + " (derived, the default) or " + lower.get() + " (one step below) is permitted";
    } else if (!input.indirect().isEmpty()) {
      set = String.join(", ", input.indirect()) + " answer the question only indirectly, but nothing is below grade " + input.derived()
          + ": only " + input.derived() + " is permitted";
    } else {
      set = "no study the grade rests on is marked indirect: only the derived " + input.derived() + " is permitted";
    }
    String used = input.published()
        .map(published -> permitted.used().isEmpty()
            ? "; the guideline published " + published + ", which is not permitted"
            : permitted.discretionUsed()
                ? "; the guideline published " + published + ", the lower permitted grade"
                : "; the guideline published " + published + ", the default")
        .orElse("");
    return Derivation.of(permitted, step()
        .putInputs("derived", input.derived().name())
        .putInputs("indirect", String.join(", ", input.indirect()))
        .putInputs("published", input.published().map(Grade::name).orElse(""))
        .outcome("permitted " + permitted.grades().stream().map(Grade::name).collect(Collectors.joining(", ")))
        .reason(set + used)
        .build());
  }
}
