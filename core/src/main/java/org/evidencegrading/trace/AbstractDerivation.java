package org.evidencegrading.trace;

import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A derived value with the trace of the steps that produced it.
 *
 * @param <T> the derived value's type ({@code Optional} where a rule may determine nothing)
 */
@Value.Immutable
abstract class AbstractDerivation<T> {

  @Value.Parameter
  public abstract T value();

  @Value.Parameter
  public abstract Trace trace();

  /** This derivation's steps, then those of a derivation that builds on its value. */
  public <R> Derivation<R> then(Function<? super T, Derivation<R>> next) {
    Derivation<R> result = next.apply(value());
    return Derivation.of(result.value(), trace().then(result.trace()));
  }
}
