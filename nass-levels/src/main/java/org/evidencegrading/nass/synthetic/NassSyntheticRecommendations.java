package org.evidencegrading.nass.synthetic;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.grades.GradeOfRecommendation;
import org.evidencegrading.nass.grades.NassGrade;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.DowngradeReason;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.NassPublished;
import org.evidencegrading.nass.model.NassRecommendation;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.system.SyntheticRecommendations;

/**
 * Synthetic NASS recommendations: one appraisal per cited study (therapeutic designs whose levels
 * the table determines, each study always with the same design, as a real guideline mostly appraises
 * it; one appraisal in ten with a stated potential level and one downgrade), a statement in its
 * grade's standard wording, supported by the evidence (findings are relative to the statement), and,
 * as published, the grade the evidence deserves, except for one recommendation in twenty, published
 * one grade off.
 */
public final class NassSyntheticRecommendations implements SyntheticRecommendations<NassRecommendation> {

  private static final ImmutableList<Design> THERAPEUTIC_DESIGNS = ImmutableList.of(
      Design.RCT, Design.PROSPECTIVE_COMPARATIVE, Design.RETROSPECTIVE_COMPARATIVE, Design.RETROSPECTIVE_CASE_SERIES);
  private static final ImmutableList<Level> THEIR_LEVELS = ImmutableList.of(Level.I, Level.II, Level.III, Level.IV);

  @Override
  public int defaultEvidence() {
    return 8;
  }

  @Override
  public NassRecommendation recommendation(String id, List<String> studies, SplittableRandom random) {
    ImmutableList.Builder<Appraisal> appraisals = ImmutableList.builder();
    ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
    for (String study : studies) {
      int kind = Math.floorMod(study.hashCode(), THERAPEUTIC_DESIGNS.size());
      Appraisal.Builder appraisal = Appraisal.builder()
          .study(study)
          .studyType(StudyType.THERAPEUTIC)
          .design(THERAPEUTIC_DESIGNS.get(kind));
      Level level = THEIR_LEVELS.get(kind);
      if (kind < 3 && random.nextInt(10) == 0) {
        level = level.lowered(1);
        appraisal.potentialLevel(THEIR_LEVELS.get(kind)).addDowngrades(DowngradeReason.values()[random.nextInt(DowngradeReason.values().length - 1)]);
      }
      int roll = random.nextInt(20);
      Finding finding = roll < 14 ? Finding.SUPPORTS : roll < 17 ? Finding.OPPOSES : Finding.INCONCLUSIVE;
      appraisals.add(appraisal.publishedLevel(level).finding(finding).build());
      evidence.add(Evidence.of(study, level, finding));
    }
    NassGrade derived = GradeOfRecommendation.rule().apply(evidence.build()).value();
    Grade grade = derived.grade();
    if (random.nextInt(20) == 0) {
      grade = Grade.values()[(grade.ordinal() + 1) % 4];
    }
    // The statements say what the evidence supports: where it opposes the intervention, the
    // recommendation is about the alternative, and its studies support that.
    boolean against = derived.direction().equals(Optional.of(Direction.AGAINST));
    return NassRecommendation.builder()
        .id(id)
        .statement(statement(grade, id))
        .published(NassPublished.builder().grade(grade).build())
        .addAllAppraisals(against ? appraisals.build().stream().map(NassSyntheticRecommendations::reversed).toList() : appraisals.build())
        .build();
  }

  /** The appraisal with its finding relative to the opposite statement. */
  private static Appraisal reversed(Appraisal appraisal) {
    return switch (appraisal.finding()) {
      case SUPPORTS -> appraisal.withFinding(Finding.OPPOSES);
      case OPPOSES -> appraisal.withFinding(Finding.SUPPORTS);
      case INCONCLUSIVE -> appraisal;
    };
  }

  private static String statement(Grade grade, String id) {
    return switch (grade) {
      case A -> "Intervention " + id + " is recommended for the improvement of pain and function.";
      case B -> "Intervention " + id + " is suggested for the improvement of pain and function.";
      case C -> "Intervention " + id + " may be considered for the improvement of pain and function.";
      default -> "There is insufficient evidence to make a recommendation for or against intervention " + id + ".";
    };
  }
}
