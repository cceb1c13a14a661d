package org.evidencegrading.gradeapproach.properties;

import java.util.Optional;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.model.Certainty;
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

  /**
   * A rated outcome of a certainty: randomized evidence rated down for risk of bias as many levels as
   * the certainty lies below high, so that its judgments give its certainty.
   */
  public static RatedOutcome rated(String id, int importance, Certainty certainty, Optional<Favors> favors) {
    int levelsDown = Certainty.HIGH.rank() - certainty.rank();
    Outcome outcome = outcome(StudyDesign.RANDOMIZED)
        .withId(id)
        .withName(id)
        .withImportance(importance)
        .withRiskOfBias(Concern.values()[levelsDown])
        .withFavors(favors);
    return RatedOutcome.builder().outcome(outcome).certainty(certainty).levelsDown(levelsDown).levelsUp(0).build();
  }
}
