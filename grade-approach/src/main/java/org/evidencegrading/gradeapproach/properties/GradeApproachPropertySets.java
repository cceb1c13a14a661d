package org.evidencegrading.gradeapproach.properties;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyGroup;

/** Every property of the GRADE rules: the groups of this package, under one policy for rating up. */
public final class GradeApproachPropertySets {

  private GradeApproachPropertySets() {}

  /**
   * The properties of the outcome rating under {@code policy}, of the overall certainty over profiles
   * of up to {@code bounds.maxStudies()} outcomes, of the check of the published direction, of the
   * warnings about a published strength, of paradigmatic situations, of the good practice criteria
   * and of reading the ⊕ notation.
   */
  public static ImmutableList<PropertyGroup<?>> of(PropertyBounds bounds, UpgradePolicy policy) {
    return ImmutableList.of(
        OutcomeRatingPropertySet.of(policy),
        OverallCertaintyPropertySet.of(bounds.maxStudies()),
        DirectionPropertySet.of(),
        DiscordancePropertySet.of(),
        ParadigmPropertySet.of(),
        GoodPracticePropertySet.of(),
        CertaintySymbolPropertySet.of());
  }
}
