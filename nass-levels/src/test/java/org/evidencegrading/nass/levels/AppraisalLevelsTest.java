package org.evidencegrading.nass.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.DowngradeReason;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.api.Test;

class AppraisalLevelsTest {

  private static Appraisal.Builder appraisal(StudyType type, Design design) {
    return Appraisal.builder().study("s").studyType(type).design(design).finding(Finding.SUPPORTS);
  }

  @Test
  void aStatedPotentialLevelIsDowngradedOneStepHoweverManyReasons() {
    // Berenson et al. 2011 under Medical Treatment Question 3: potential Level I, six reasons, Level II.
    AppraisalLevels levels = AppraisalLevels.of(appraisal(StudyType.THERAPEUTIC, Design.RCT)
        .potentialLevel(Level.I)
        .addDowngrades(DowngradeReason.NONCONSECUTIVE_PATIENTS, DowngradeReason.NONMASKED_PATIENTS,
            DowngradeReason.NONMASKED_REVIEWERS, DowngradeReason.NO_SUBGROUP_ANALYSIS,
            DowngradeReason.HIGH_CROSSOVER, DowngradeReason.UNCLEAR_CONTROL_GROUP)
        .publishedLevel(Level.II)
        .build());

    assertEquals(PotentialLevelSource.STATED, levels.potentialLevelSource());
    assertEquals(Optional.of(Level.II), levels.derivedLevel());
    assertEquals(Optional.of(Level.II), levels.gradingLevel());
    assertEquals(Optional.of(true), levels.agrees());
    assertEquals(List.of("nass.potential-level", "nass.downgrade", "nass.grading-level"),
        levels.trace().steps().stream().map(Step::rule).toList());
  }

  @Test
  void withoutAStatedLevelTheTableGivesTheStart() {
    AppraisalLevels levels = AppraisalLevels.of(appraisal(StudyType.PROGNOSTIC, Design.RETROSPECTIVE_UNSPECIFIED).build());
    assertEquals(PotentialLevelSource.TABLE, levels.potentialLevelSource());
    assertEquals(Optional.of(Level.II), levels.derivedLevel());
    assertEquals(Optional.of(Level.II), levels.gradingLevel());
    assertEquals(Optional.empty(), levels.agrees());
    assertEquals("s: no published level: the derived Level II is used for grading", levels.trace().steps().get(levels.trace().steps().size() - 1).reason());
  }

  @Test
  void theExplicitStepsOverrideTheDefault() {
    AppraisalLevels levels = AppraisalLevels.of(appraisal(StudyType.THERAPEUTIC, Design.RCT).downgradeSteps(2).build());
    assertEquals(Optional.of(Level.III), levels.derivedLevel());
  }

  @Test
  void aDiagnosticStudyHasNoDerivedLevelAndIsGradedByItsPublishedOne() {
    AppraisalLevels levels = AppraisalLevels.of(
        appraisal(StudyType.DIAGNOSTIC, Design.RETROSPECTIVE_COMPARATIVE).publishedLevel(Level.III).build());
    assertEquals(PotentialLevelSource.NONE, levels.potentialLevelSource());
    assertEquals(Optional.empty(), levels.derivedLevel());
    assertEquals(Optional.of(Level.III), levels.gradingLevel());
    assertEquals(Optional.empty(), levels.agrees());
  }

  @Test
  void thePublishedLevelGradesEvenWhenItDisagrees() {
    // Molloy et al. 2016 under Interventional Treatment Question 3: a case series printed as Level II.
    AppraisalLevels levels = AppraisalLevels.of(
        appraisal(StudyType.PROGNOSTIC, Design.RETROSPECTIVE_CASE_SERIES).publishedLevel(Level.II).build());
    assertEquals(Optional.of(Level.IV), levels.derivedLevel());
    assertEquals(Optional.of(Level.II), levels.gradingLevel());
    assertEquals(Optional.of(false), levels.agrees());
  }
}
