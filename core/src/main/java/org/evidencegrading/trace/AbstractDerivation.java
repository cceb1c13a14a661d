package org.evidencegrading.trace;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A derived value with the trace of the steps that produced it and the step that concluded it: the
 * step of the rule that returned the derivation, which states the value and why. A composite rule
 * (one that applies other rules) has a step of its own after theirs.
 *
 * @param <T> the derived value's type ({@code Optional} where a rule may determine nothing)
 */
@Value.Immutable
abstract class AbstractDerivation<T> {

  @Value.Parameter
  public abstract T value();

  /** Every step, in the order taken; it includes the {@link #step() concluding step}. */
  @Value.Parameter
  public abstract Trace trace();

  /** The step of the rule that returned this derivation. */
  @Value.Parameter
  public abstract Step step();

  /** A value derived in one step. */
  public static <T> Derivation<T> of(T value, Step step) {
    return Derivation.of(value, Trace.of(step), step);
  }

  /** A value derived by a composite rule: the steps of the rules it applied, then its own. */
  public static <T> Derivation<T> composite(T value, Trace parts, Step step) {
    return Derivation.of(value, parts.then(step), step);
  }

  /**
   * This derivation's steps, then those of a derivation that builds on its value; the result
   * concludes with the second derivation's step.
   */
  public <R> Derivation<R> then(Function<? super T, Derivation<R>> next) {
    Derivation<R> result = next.apply(value());
    return Derivation.of(result.value(), trace().then(result.trace()), result.step());
  }

  @Value.Check
  protected void check() {
    ImmutableList<Step> steps = trace().steps();
    // The concluding step is almost always the last, and the same instance: checked first, the
    // check costs nothing, where a search compared every earlier step by value.
    boolean last = !steps.isEmpty() && steps.get(steps.size() - 1) == step();
    if (!last && !steps.contains(step())) {
      throw new IllegalStateException("the concluding step is not in the trace: " + step());
    }
  }
}
