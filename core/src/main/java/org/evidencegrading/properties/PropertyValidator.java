package org.evidencegrading.properties;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every property of a set on every case of its space. Each case is checked against all the
 * properties of its group before the next case, like an invariant check after each step; a property
 * that throws fails on that case with the exception as the reason. Counterexamples are kept in the
 * order found, which the {@link Space} contract makes smallest first, up to a limit per property.
 */
public final class PropertyValidator {

  /** How many counterexamples a property keeps by default. */
  public static final int DEFAULT_COUNTEREXAMPLES = 3;

  private final int maxCounterexamples;

  private PropertyValidator(int maxCounterexamples) {
    this.maxCounterexamples = maxCounterexamples;
  }

  /** A validator keeping the {@link #DEFAULT_COUNTEREXAMPLES default} number of counterexamples. */
  public static PropertyValidator create() {
    return new PropertyValidator(DEFAULT_COUNTEREXAMPLES);
  }

  /** A validator keeping up to {@code max} counterexamples per property. */
  public static PropertyValidator keeping(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("keep at least one counterexample, not " + max);
    }
    return new PropertyValidator(max);
  }

  /** Validates every group of properties of a system. */
  public Validation validate(String system, List<? extends PropertyGroup<?>> groups) {
    Validation.Builder validation = Validation.builder().system(system);
    for (PropertyGroup<?> group : groups) {
      validation.addAllProperties(validate(group));
    }
    return validation.build();
  }

  /** Validates one group: every property on every case. */
  public <C> ImmutableList<PropertyResult> validate(PropertyGroup<C> group) {
    List<Property<C>> properties = group.properties();
    long[] cases = new long[properties.size()];
    List<List<String>> counterexamples = new ArrayList<>();
    properties.forEach(property -> counterexamples.add(new ArrayList<>()));
    Space<C> space = group.space();
    space.cases().forEachOrdered(candidate -> {
      for (int p = 0; p < properties.size(); p++) {
        cases[p]++;
        List<String> found = counterexamples.get(p);
        if (found.size() < maxCounterexamples) {
          failure(properties.get(p), candidate).ifPresent(why -> found.add(space.describe(candidate) + ": " + why));
        }
      }
    });
    ImmutableList.Builder<PropertyResult> results = ImmutableList.builder();
    for (int p = 0; p < properties.size(); p++) {
      results.add(PropertyResult.builder()
          .name(properties.get(p).name())
          .description(properties.get(p).description())
          .space(space.description())
          .cases(cases[p])
          .addAllCounterexamples(counterexamples.get(p))
          .build());
    }
    return results.build();
  }

  private static <C> Optional<String> failure(Property<C> property, C candidate) {
    try {
      return property.check(candidate);
    } catch (RuntimeException e) {
      return Optional.of("threw " + e);
    }
  }
}
