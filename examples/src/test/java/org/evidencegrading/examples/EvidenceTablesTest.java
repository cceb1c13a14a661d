package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.cli.tables.Spreadsheets;
import org.evidencegrading.gradeapproach.result.GradeApproachAssessment;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Study;
import org.evidencegrading.system.Table;
import org.junit.jupiter.api.Test;

/**
 * The Cochrane Handbook's summary-of-findings example as a fixture ({@code
 * guidelines/cochrane-compression-stockings.yaml}), and the sample evidence tables of {@code
 * examples/tables/}: each reads as the same guideline as the fixture it was converted from.
 */
class EvidenceTablesTest {

  static final Path STOCKINGS = Path.of("guidelines/cochrane-compression-stockings.yaml");
  static final Path NASS = Path.of("guidelines/nass-neoplastic-vertebral-fractures.yaml");

  @Test
  void theHandbooksExampleAgreesWithItselfAndItsAbsoluteEffectsAreTheFiguresCorrespondingRisks() {
    CheckReport report = Checker.check(STOCKINGS);

    assertEquals(0, report.summary().errors(), report.problems()::toString);
    Table summary = ((GradeApproachAssessment) report.recommendations().get(0).assessment()).tables().stream()
        .filter(table -> table.title().equals("Summary of findings")).findFirst().orElseThrow();
    // Figure 11.5.a: "1 per 1000 (0 to 3)", "3 per 1000 (1 to 8)", "6 per 1000 (2 to 15)", "4.7 lower (-4.9 to -4.5)"
    assertEquals(List.of("1 per 1000 (0 to 3)", "3 per 1000 (1 to 8)", "6 per 1000 (2 to 15)", "-"),
        summary.rows().stream().map(row -> row.get(2)).toList());
    assertEquals("MD 4.7 lower (4.9 lower to 4.5 lower)", summary.rows().get(3).get(3));
    assertEquals(List.of("⊕⊕⊕⊕ HIGH", "⊕⊕⊕⊕ HIGH", "⊕⊕⊕O MODERATE [a]", "⊕⊕OO LOW [b]"),
        summary.rows().stream().map(row -> row.get(6)).toList());
  }

  @Test
  void theSampleWorkbooksAreTheirFixtures() {
    assertEquals(GuidelineReader.read(STOCKINGS), Spreadsheets.read(Path.of("tables/compression-stockings.xlsx")));
    assertEquals(GuidelineReader.read(NASS), Spreadsheets.read(Path.of("tables/nass-neoplastic-vertebral-fractures.xlsx")));
  }

  @Test
  void theSampleCsvIsItsFixtureWithoutTheCitations() {
    Guideline fixture = GuidelineReader.read(STOCKINGS);
    Guideline fromCsv = Spreadsheets.read(Path.of("tables/compression-stockings.csv"));

    assertEquals(fixture.questions(), fromCsv.questions());
    assertEquals(fixture.guideline(), fromCsv.guideline());
    assertEquals(fixture.studies().stream().map(Study::id).toList(), fromCsv.studies().stream().map(Study::id).toList());
    assertTrue(fromCsv.studies().stream().allMatch(study -> study.citation().isEmpty()));
  }
}
