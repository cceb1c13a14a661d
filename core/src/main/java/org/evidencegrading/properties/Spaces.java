package org.evidencegrading.properties;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Ready-made {@link Space}s and the enumerations spaces are built from. */
public final class Spaces {

  private Spaces() {}

  /** A space whose cases are listed up front, smallest first. */
  public static <C> Space<C> listed(String description, ImmutableList<C> cases, Function<? super C, String> describer) {
    return new Space<>() {
      @Override
      public String description() {
        return description;
      }

      @Override
      public Stream<C> cases() {
        return cases.stream();
      }

      @Override
      public String describe(C candidate) {
        return describer.apply(candidate);
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }

  /**
   * Every multiset of {@code minSize} to {@code maxSize} of the given kinds, smallest first and, within
   * a size, in the lexicographic order of the kinds' positions: each as the list of its kinds in
   * that order ({@code [a, a, b]}, never {@code [a, b, a]}). With {@code k} kinds there are
   * C(k + n - 1, n) multisets of size {@code n}: every unordered combination once.
   */
  public static <K> Stream<ImmutableList<K>> multisets(List<K> kinds, int minSize, int maxSize) {
    ImmutableList<K> all = ImmutableList.copyOf(kinds);
    return IntStream.rangeClosed(minSize, maxSize).boxed().flatMap(size -> multisetsOfSize(all, size).stream());
  }

  private static <K> List<ImmutableList<K>> multisetsOfSize(ImmutableList<K> kinds, int size) {
    List<ImmutableList<K>> multisets = new ArrayList<>();
    if (kinds.isEmpty() && size > 0) {
      return multisets;
    }
    int[] indexes = new int[size];
    while (true) {
      ImmutableList.Builder<K> multiset = ImmutableList.builderWithExpectedSize(size);
      for (int index : indexes) {
        multiset.add(kinds.get(index));
      }
      multisets.add(multiset.build());
      int i = size - 1;
      while (i >= 0 && indexes[i] == kinds.size() - 1) {
        i--;
      }
      if (i < 0) {
        return multisets;
      }
      indexes[i]++;
      for (int j = i + 1; j < size; j++) {
        indexes[j] = indexes[i];
      }
    }
  }
}
