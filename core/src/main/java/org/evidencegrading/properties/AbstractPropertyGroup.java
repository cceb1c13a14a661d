package org.evidencegrading.properties;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Properties checked over one space.
 *
 * @param <C> the kind of case
 */
@Value.Immutable
abstract class AbstractPropertyGroup<C> {

  @Value.Parameter
  public abstract Space<C> space();

  @Value.Parameter
  public abstract ImmutableList<Property<C>> properties();
}
