package org.evidencegrading.properties;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;

/**
 * A property of a grading rule: a name, what it says, and its check of one case.
 *
 * @param <C> the kind of case
 */
public interface Property<C> {

  /** A short identifier, e.g. {@code inconclusive-never-changes-the-grade}. */
  String name();

  /** What the property says, in a sentence. */
  String description();

  /** Empty when the property holds for the case, otherwise why it does not. */
  Optional<String> check(C candidate);

  /** A property that holds where the predicate does. */
  static <C> Property<C> of(String name, String description, Predicate<? super C> holds) {
    return explained(name, description, candidate -> holds.test(candidate) ? Optional.empty() : Optional.of("does not hold"));
  }

  /**
   * The property every rule has: applied twice to the same case, it derives the same value with the
   * same trace.
   *
   * @param description what is always the same, e.g. "the same outcome always gets the same certainty"
   * @param words the derived value as a counterexample shows it
   */
  static <C, O> Property<C> determinism(String description, Rule<? super C, O> rule, Function<? super O, String> words) {
    return explained("determinism", description + ", with the same explanation", candidate -> {
      Derivation<O> first = rule.apply(candidate);
      Derivation<O> second = rule.apply(candidate);
      return first.equals(second)
          ? Optional.empty()
          : Optional.of(words.apply(first.value()) + " then " + words.apply(second.value()));
    });
  }

  /** A property whose check says why it fails: empty when it holds. */
  static <C> Property<C> explained(String name, String description, Function<? super C, Optional<String>> check) {
    return new Property<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public Optional<String> check(C candidate) {
        return check.apply(candidate);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
