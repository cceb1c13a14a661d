package org.evidencegrading.nass.levels;

import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.StudyType;
import org.immutables.value.Value;

/** A study type and design: what the levels-of-evidence table is looked up by. */
@Value.Immutable
abstract class AbstractStudyDesign {

  @Value.Parameter
  public abstract StudyType studyType();

  @Value.Parameter
  public abstract Design design();

  @Override
  public String toString() {
    return studyType().name().toLowerCase(java.util.Locale.ROOT) + " " + design();
  }
}
