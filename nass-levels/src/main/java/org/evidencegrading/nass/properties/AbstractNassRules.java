package org.evidencegrading.nass.properties;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.nass.grades.ComponentGrade;
import org.evidencegrading.nass.grades.CompoundGrade;
import org.evidencegrading.nass.grades.DirectionCheck;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.grades.GradeOfRecommendation;
import org.evidencegrading.nass.grades.IndirectEvidence;
import org.evidencegrading.nass.grades.Indirectness;
import org.evidencegrading.nass.grades.NassGrade;
import org.evidencegrading.nass.grades.PermittedGrades;
import org.evidencegrading.nass.grades.StatementDirection;
import org.evidencegrading.nass.grades.WeakestComponent;
import org.evidencegrading.trace.Rule;
import org.immutables.value.Value;

/**
 * The NASS rules whose properties are checked, each the real rule unless a test puts a deliberately
 * wrong one in its place: {@code NassRules.builder().direction(wrong).build()}.
 */
@Value.Immutable
abstract class AbstractNassRules {

  /** The linking of levels to a grade ({@link org.evidencegrading.nass.grades.GradeOfRecommendation}). */
  @Value.Default
  public Rule<ImmutableList<Evidence>, NassGrade> linking() {
    return GradeOfRecommendation.rule();
  }

  /** Whether a published grade has the evidence's direction ({@link org.evidencegrading.nass.grades.StatementDirection}). */
  @Value.Default
  public Rule<DirectionCheck, Boolean> direction() {
    return StatementDirection.rule();
  }

  /** A compound statement's grade from its components' ({@link org.evidencegrading.nass.grades.WeakestComponent}). */
  @Value.Default
  public Rule<ImmutableList<ComponentGrade>, CompoundGrade> compound() {
    return WeakestComponent.rule();
  }

  /** The grades permitted for evidence that answers the question only indirectly ({@link org.evidencegrading.nass.grades.IndirectEvidence}). */
  @Value.Default
  public Rule<Indirectness, PermittedGrades> discretion() {
    return IndirectEvidence.rule();
  }

  /** The real rules. */
  public static NassRules standard() {
    return NassRules.builder().build();
  }
}
