package org.evidencegrading.nass.properties;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.grades.ComponentGrade;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;

/**
 * Every compound statement of 1 to {@code maxComponents} components, each component's grade one of
 * the seven outcomes of the linking table (A, B or C for or against the statement, or I), enumerated
 * once as a multiset (the grade does not depend on the order, a property checked over every order):
 * 329 statements up to 4 components. Components are named c1, c2, ... in their order.
 */
public final class ComponentGrades implements Space<ImmutableList<ComponentGrade>> {

  /** A statement has at most this many components in the default space. */
  public static final int MAX_COMPONENTS = 4;

  /** The seven outcomes, in the order A for, B for, C for, I, C against, B against, A against. */
  static final ImmutableList<ComponentGrade> KINDS = ImmutableList.of(
      ComponentGrade.of("", Grade.A, Optional.of(Direction.FOR)),
      ComponentGrade.of("", Grade.B, Optional.of(Direction.FOR)),
      ComponentGrade.of("", Grade.C, Optional.of(Direction.FOR)),
      ComponentGrade.of("", Grade.I, Optional.empty()),
      ComponentGrade.of("", Grade.C, Optional.of(Direction.AGAINST)),
      ComponentGrade.of("", Grade.B, Optional.of(Direction.AGAINST)),
      ComponentGrade.of("", Grade.A, Optional.of(Direction.AGAINST)));

  private final int maxComponents;

  ComponentGrades(int maxComponents) {
    this.maxComponents = maxComponents;
  }

  @Override
  public String description() {
    return "every compound statement of 1 to " + maxComponents + " components, each graded A, B or C for or against, or I";
  }

  @Override
  public Stream<ImmutableList<ComponentGrade>> cases() {
    return Spaces.multisets(KINDS, 1, maxComponents).map(ComponentGrades::named);
  }

  /** The grades as components named c1, c2, ... in order. */
  static ImmutableList<ComponentGrade> named(List<ComponentGrade> grades) {
    ImmutableList.Builder<ComponentGrade> named = ImmutableList.builderWithExpectedSize(grades.size());
    for (int i = 0; i < grades.size(); i++) {
      named.add(ComponentGrade.of("c" + (i + 1), grades.get(i).grade(), grades.get(i).direction()));
    }
    return named.build();
  }

  @Override
  public String describe(ImmutableList<ComponentGrade> components) {
    return write(components);
  }

  /** {@code [A+ I C-]}: + for, - against. */
  static String write(List<ComponentGrade> components) {
    return components.stream()
        .map(c -> c.grade().name() + c.direction().map(d -> d == Direction.FOR ? "+" : "-").orElse(""))
        .collect(Collectors.joining(" ", "[", "]"));
  }

  @Override
  public String toString() {
    return description();
  }
}
