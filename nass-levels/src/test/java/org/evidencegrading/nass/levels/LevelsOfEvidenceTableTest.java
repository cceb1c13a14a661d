package org.evidencegrading.nass.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The levels-of-evidence table of the NASS guideline (p. 11-12), cell by cell. */
class LevelsOfEvidenceTableTest {

  /** Every cell: "-" where the table determines no level from the design alone. */
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    // therapeutic: RCT I, prospective comparative II, retrospective comparative / case control III, case series IV
    "THERAPEUTIC, RCT, I",
    "THERAPEUTIC, PROSPECTIVE_COMPARATIVE, II",
    "THERAPEUTIC, PROSPECTIVE_COHORT, -",
    "THERAPEUTIC, PROSPECTIVE_OBSERVATIONAL, -",
    "THERAPEUTIC, PROSPECTIVE_CASE_SERIES, IV",
    "THERAPEUTIC, PROSPECTIVE_UNSPECIFIED, -",
    "THERAPEUTIC, RETROSPECTIVE_COMPARATIVE, III",
    "THERAPEUTIC, RETROSPECTIVE_COHORT, -",
    "THERAPEUTIC, RETROSPECTIVE_OBSERVATIONAL, -",
    "THERAPEUTIC, RETROSPECTIVE_CASE_SERIES, IV",
    "THERAPEUTIC, RETROSPECTIVE_UNSPECIFIED, -",
    "THERAPEUTIC, CASE_CONTROL, III",
    "THERAPEUTIC, SYSTEMATIC_REVIEW, -",
    "THERAPEUTIC, ECONOMIC_ANALYSIS, -",
    "THERAPEUTIC, EXPERT_OPINION, V",
    // prognostic: prospective I, retrospective / untreated RCT controls II, case control III, case series IV
    "PROGNOSTIC, RCT, II",
    "PROGNOSTIC, PROSPECTIVE_COMPARATIVE, I",
    "PROGNOSTIC, PROSPECTIVE_COHORT, I",
    "PROGNOSTIC, PROSPECTIVE_OBSERVATIONAL, I",
    "PROGNOSTIC, PROSPECTIVE_CASE_SERIES, IV",
    "PROGNOSTIC, PROSPECTIVE_UNSPECIFIED, I",
    "PROGNOSTIC, RETROSPECTIVE_COMPARATIVE, II",
    "PROGNOSTIC, RETROSPECTIVE_COHORT, II",
    "PROGNOSTIC, RETROSPECTIVE_OBSERVATIONAL, II",
    "PROGNOSTIC, RETROSPECTIVE_CASE_SERIES, IV",
    "PROGNOSTIC, RETROSPECTIVE_UNSPECIFIED, II",
    "PROGNOSTIC, CASE_CONTROL, III",
    "PROGNOSTIC, SYSTEMATIC_REVIEW, -",
    "PROGNOSTIC, ECONOMIC_ANALYSIS, -",
    "PROGNOSTIC, EXPERT_OPINION, V",
    // diagnostic: the level depends on consecutive patients and the reference standard; case-control IV
    "DIAGNOSTIC, RCT, -",
    "DIAGNOSTIC, PROSPECTIVE_COMPARATIVE, -",
    "DIAGNOSTIC, PROSPECTIVE_COHORT, -",
    "DIAGNOSTIC, PROSPECTIVE_OBSERVATIONAL, -",
    "DIAGNOSTIC, PROSPECTIVE_CASE_SERIES, -",
    "DIAGNOSTIC, PROSPECTIVE_UNSPECIFIED, -",
    "DIAGNOSTIC, RETROSPECTIVE_COMPARATIVE, -",
    "DIAGNOSTIC, RETROSPECTIVE_COHORT, -",
    "DIAGNOSTIC, RETROSPECTIVE_OBSERVATIONAL, -",
    "DIAGNOSTIC, RETROSPECTIVE_CASE_SERIES, -",
    "DIAGNOSTIC, RETROSPECTIVE_UNSPECIFIED, -",
    "DIAGNOSTIC, CASE_CONTROL, IV",
    "DIAGNOSTIC, SYSTEMATIC_REVIEW, -",
    "DIAGNOSTIC, ECONOMIC_ANALYSIS, -",
    "DIAGNOSTIC, EXPERT_OPINION, V",
    // economic: the level depends on costs, alternatives and sensitivity analyses
    "ECONOMIC, RCT, -",
    "ECONOMIC, PROSPECTIVE_COMPARATIVE, -",
    "ECONOMIC, PROSPECTIVE_COHORT, -",
    "ECONOMIC, PROSPECTIVE_OBSERVATIONAL, -",
    "ECONOMIC, PROSPECTIVE_CASE_SERIES, -",
    "ECONOMIC, PROSPECTIVE_UNSPECIFIED, -",
    "ECONOMIC, RETROSPECTIVE_COMPARATIVE, -",
    "ECONOMIC, RETROSPECTIVE_COHORT, -",
    "ECONOMIC, RETROSPECTIVE_OBSERVATIONAL, -",
    "ECONOMIC, RETROSPECTIVE_CASE_SERIES, -",
    "ECONOMIC, RETROSPECTIVE_UNSPECIFIED, -",
    "ECONOMIC, CASE_CONTROL, -",
    "ECONOMIC, SYSTEMATIC_REVIEW, -",
    "ECONOMIC, ECONOMIC_ANALYSIS, -",
    "ECONOMIC, EXPERT_OPINION, V",
  })
  void classifiesEveryCell(StudyType type, Design design, String expected) {
    Derivation<Optional<Level>> derived = LevelsOfEvidenceTable.table().apply(StudyDesign.of(type, design));

    assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(Level.valueOf(expected)), derived.value());
    Step step = derived.step();
    assertEquals(LevelsOfEvidenceTable.ID, step.rule());
    assertEquals(expected.equals("-") ? "undetermined" : "potential Level " + expected, step.outcome());
  }

  @Test
  void coversEveryTypeAndDesign() {
    assertEquals(StudyType.values().length * Design.values().length, LevelsOfEvidenceTable.table().cells().size());
  }

  @Test
  void quotesTheEntryThatGivesTheLevel() {
    Step rct = LevelsOfEvidenceTable.table().apply(StudyDesign.of(StudyType.THERAPEUTIC, Design.RCT)).step();
    assertEquals("levels table for a therapeutic RCT study, Level I therapeutic: \"High quality randomized trial\"", rct.reason());
    Step diagnostic = LevelsOfEvidenceTable.table()
        .apply(StudyDesign.of(StudyType.DIAGNOSTIC, Design.RETROSPECTIVE_COMPARATIVE)).step();
    assertTrue(diagnostic.reason().contains("consecutive patients and the reference standard"), diagnostic.reason());
  }
}
