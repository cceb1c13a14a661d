package org.evidencegrading.properties;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/** How far the property spaces of a grading system reach. */
@Value.Immutable
abstract class AbstractPropertyBounds {

  private static final PropertyBounds DEFAULTS = PropertyBounds.builder().build();

  public static PropertyBounds defaults() {
    return DEFAULTS;
  }

  /**
   * The largest body of evidence enumerated: studies (NASS appraisals) or outcomes (GRADE) in one
   * case. Default 5.
   */
  @Value.Default
  public int maxStudies() {
    return 5;
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(maxStudies() >= 1 && maxStudies() <= 8, "maxStudies must be 1 to 8, not %s", maxStudies());
  }
}
