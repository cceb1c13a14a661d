package org.evidencegrading.gradeapproach.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencegrading.gradeapproach.certainty.OutcomeCertainty;
import org.evidencegrading.gradeapproach.certainty.PermittedCertainty;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;

/** The outcomes the property spaces are made of, for the spaces and for examples of single cases. */
public final class Cases {

  private Cases() {}

  /** A critical outcome of a design with no concern in any domain and no factor for rating up. */
  public static Outcome outcome(StudyDesign design) {
    return Outcome.builder()
        .id("o")
        .name("o")
        .importance(9)
        .addStudies("s")
        .design(design)
        .riskOfBias(Concern.NOT_SERIOUS)
        .inconsistency(Concern.NOT_SERIOUS)
        .indirectness(Concern.NOT_SERIOUS)
        .imprecision(Concern.NOT_SERIOUS)
        .publicationBias(Concern.NOT_SERIOUS)
        .build();
  }

  /** Each value given, and its absence first: the options of an optional judgment. */
  public static <T> List<Optional<T>> absentOr(List<T> values) {
    List<Optional<T>> options = new ArrayList<>();
    options.add(Optional.empty());
    values.forEach(value -> options.add(Optional.of(value)));
    return options;
  }

  /**
   * An outcome as the overall certainty counts it: randomized evidence of an importance, favoring a
   * side or not saying, marked sufficient alone or not, with the certainties permitted for it.
   */
  public static OutcomeCertainty counted(
      String id, int importance, PermittedCertainty permitted, Optional<Favors> favors, boolean sufficientAlone) {
    Outcome outcome = outcome(StudyDesign.RANDOMIZED)
        .withId(id)
        .withName(id)
        .withImportance(importance)
        .withFavors(favors)
        .withSufficientAlone(sufficientAlone);
    return OutcomeCertainty.of(outcome, permitted);
  }
}
