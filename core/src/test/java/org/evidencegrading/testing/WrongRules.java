package org.evidencegrading.testing;

import java.util.function.Function;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;

/** Deliberately wrong rules, to show that a property catches the defect it is written for. */
public final class WrongRules {

  private WrongRules() {}

  /** A rule with the given id that derives {@code value} with a one-step trace. */
  public static <I, O> Rule<I, O> of(String id, Function<I, O> value) {
    return new Rule<>() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String source() {
        return "a deliberately wrong rule";
      }

      @Override
      public Derivation<O> apply(I input) {
        O wrong = value.apply(input);
        return Derivation.of(wrong, step().outcome(String.valueOf(wrong)).reason("wrong on purpose").build());
      }
    };
  }
}
