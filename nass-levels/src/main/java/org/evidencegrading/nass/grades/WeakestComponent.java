package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;

/**
 * The grade of a compound statement, one that covers several tests or treatments each with its own
 * evidence ("there is insufficient evidence ... for or against thigh pain with walking, night pain,
 * ..."). Each component is graded by the linking table on its own evidence; a statement can be no
 * stronger than the evidence for each thing it covers, so (evidence-grading/1 revision 2, NASS
 * additions, compound statements) "the statement's grade is its weakest component's (I below C below
 * B below A)".
 *
 * <p>The statement's direction is FOR only when every component's evidence supports the statement:
 * a component whose evidence opposes it makes the statement as written contradict that component,
 * whatever the grade of the others. A statement graded I has no direction.
 */
public final class WeakestComponent extends NamedRule<ImmutableList<ComponentGrade>, CompoundGrade> {

  /** The rule's id in traces. */
  public static final String ID = "nass.compound.weakest-component";

  /** The source the rule implements. */
  public static final String SOURCE =
      "evidence-grading/1 revision 2, NASS additions, compound statements: the statement's grade is its weakest component's;"
          + " NASS 2024, p. 13, Linking Levels of Evidence to Grades of Recommendation, applied per component";

  private static final WeakestComponent INSTANCE = new WeakestComponent();

  private WeakestComponent() {
    super(ID, SOURCE);
  }

  public static WeakestComponent rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<CompoundGrade> apply(ImmutableList<ComponentGrade> components) {
    Grade weakest = components.isEmpty() ? Grade.I : Grade.A;
    for (ComponentGrade component : components) {
      if (component.grade().isWeakerThan(weakest)) {
        weakest = component.grade();
      }
    }
    Grade grade = weakest;
    ImmutableList<String> atWeakest = components.stream()
        .filter(component -> component.grade() == grade)
        .map(ComponentGrade::component)
        .collect(ImmutableList.toImmutableList());
    ImmutableList<String> against = components.stream()
        .filter(component -> component.direction().equals(Optional.of(Direction.AGAINST)))
        .map(ComponentGrade::component)
        .collect(ImmutableList.toImmutableList());
    Optional<Direction> direction = grade == Grade.I
        ? Optional.empty()
        : Optional.of(against.isEmpty() ? Direction.FOR : Direction.AGAINST);
    CompoundGrade compound = CompoundGrade.builder().grade(grade).direction(direction).addAllWeakest(atWeakest).build();
    String each = components.stream().map(ComponentGrade::toString).collect(Collectors.joining("; "));
    String reason = components.isEmpty()
        ? "no component: nothing supports the statement"
        : "components " + each + ": the weakest is " + grade + " (" + String.join(", ", atWeakest) + ")"
            + (direction.isEmpty() ? "" : against.isEmpty()
                ? ", and every component's evidence supports the statement"
                : ", and the evidence of " + String.join(", ", against) + " opposes the statement");
    return Derivation.of(compound, step()
        .putInputs("components", each)
        .outcome(compound.toString())
        .reason(reason)
        .build());
  }
}
