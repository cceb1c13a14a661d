package org.evidencegrading.nass.levels;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.nass.model.DowngradeReason;
import org.evidencegrading.nass.model.Level;
import org.immutables.value.Value;

/** A starting level and what the work group said lowers it. */
@Value.Immutable
abstract class AbstractDowngrade {

  public abstract Level start();

  public abstract int steps();

  public abstract ImmutableList<DowngradeReason> reasons();
}
