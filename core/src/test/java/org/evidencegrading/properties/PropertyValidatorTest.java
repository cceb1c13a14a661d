package org.evidencegrading.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;
import org.junit.jupiter.api.Test;

class PropertyValidatorTest {

  /** Every multiset of up to 3 of a, b, c, smallest first. */
  private static final Space<ImmutableList<String>> LETTERS = Spaces.listed(
      "multisets of up to 3 of a, b, c",
      Spaces.multisets(List.of("a", "b", "c"), 0, 3).collect(ImmutableList.toImmutableList()),
      letters -> String.join("", letters));

  @Test
  void enumeratesEveryMultisetOnceSmallestFirst() {
    List<String> all = LETTERS.cases().map(LETTERS::describe).toList();
    assertEquals(List.of("", "a", "b", "c", "aa", "ab", "ac", "bb", "bc", "cc",
        "aaa", "aab", "aac", "abb", "abc", "acc", "bbb", "bbc", "bcc", "ccc"), all);
    List<Integer> fifteenKinds = java.util.stream.IntStream.range(0, 15).boxed().toList();
    assertEquals(15_504, Spaces.multisets(fifteenKinds, 0, 5).count());
  }

  @Test
  void countsTheCasesAndKeepsTheSmallestCounterexamples() {
    Property<ImmutableList<String>> noDoubleB = Property.of("no-double-b", "never two b's", letters -> letters.stream().filter("b"::equals).count() < 2);
    Property<ImmutableList<String>> short_ = Property.explained("short", "at most two letters",
        letters -> letters.size() <= 2 ? Optional.empty() : Optional.of(letters.size() + " letters"));
    Validation validation = PropertyValidator.keeping(2).validate("LETTERS",
        List.of(PropertyGroup.of(LETTERS, ImmutableList.of(noDoubleB, short_))));

    assertFalse(validation.holds());
    PropertyResult b = validation.properties().get(0);
    assertEquals(20, b.cases());
    assertEquals(List.of("bb: does not hold", "abb: does not hold"), b.counterexamples());
    assertEquals("multisets of up to 3 of a, b, c", b.space());
    assertEquals(List.of("aaa: 3 letters", "aab: 3 letters"), validation.properties().get(1).counterexamples());
    assertEquals(2, validation.failures().size());
  }

  @Test
  void aPropertyThatThrowsFailsOnThatCase() {
    Property<ImmutableList<String>> throwing = Property.of("throws", "never throws", letters -> letters.get(0).isEmpty());
    PropertyResult result = PropertyValidator.create().validate(PropertyGroup.of(LETTERS, ImmutableList.of(throwing))).get(0);
    assertTrue(result.counterexamples().get(0).startsWith(": threw java.lang.ArrayIndexOutOfBoundsException"), result.counterexamples().get(0));
  }

  @Test
  void determinismComparesValuesAndTraces() {
    int[] calls = {0};
    Rule<String, String> flaky = new Rule<>() {
      @Override
      public String id() {
        return "flaky";
      }

      @Override
      public String source() {
        return "test";
      }

      @Override
      public Derivation<String> apply(String input) {
        calls[0]++;
        return Derivation.of(input, step().outcome(input).reason("call " + calls[0]).build());
      }
    };
    Property<String> determinism = Property.determinism("the same input gives the same output", flaky, value -> value);
    assertEquals(Optional.of("x then x"), determinism.check("x"));
    assertEquals("the same input gives the same output, with the same explanation", determinism.description());
  }

  @Test
  void keepsAtLeastOneCounterexample() {
    assertThrows(IllegalArgumentException.class, () -> PropertyValidator.keeping(0));
    assertTrue(PropertyValidator.create().validate("NONE", List.of()).holds());
  }
}
