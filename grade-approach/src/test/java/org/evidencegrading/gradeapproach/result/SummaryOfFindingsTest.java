package org.evidencegrading.gradeapproach.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evidencegrading.check.Checker;
import org.evidencegrading.system.Table;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;

class SummaryOfFindingsTest {

  private static final GradeApproachAssessment ASSESSMENT = (GradeApproachAssessment) Checker
      .check(TestResources.path(SummaryOfFindingsTest.class, "flights.yaml")).recommendations().get(0).assessment();

  @Test
  void laysEachOutcomeOutInTheCochraneLayoutWithLetteredNotesOnTheCertainty() {
    Table table = SummaryOfFindings.of(ASSESSMENT.outcomes());

    assertEquals(SummaryOfFindings.HEADERS, table.headers());
    assertEquals(List.of(
            List.of("Superficial vein thrombosis", "13 per 1000", "6 per 1000 (2 to 15)", "7 fewer per 1000 (from 11 fewer to 2 more)",
                "RR 0.45 (0.18 to 1.13)", "(8 RCTs)", "⊕⊕⊕O MODERATE [a]", ""),
            List.of("Oedema (0 no oedema to 10 maximum); follow-up: post-flight", "-", "-", "MD 4.7 lower (4.9 lower to 4.5 lower)",
                "-", "1246 (6 RCTs)", "⊕⊕OO LOW [b]", "The mean score without stockings ranged from 6 to 9")),
        table.rows());
    assertEquals(2, table.notes().size());
    assertEquals(true, table.notes().get(0).startsWith("a: "), table.notes().get(0));
    assertEquals(true, table.notes().get(0).contains("imprecision"), table.notes().get(0));
    assertEquals(true, table.notes().get(1).contains("risk of bias") && table.notes().get(1).contains("inconsistency"), table.notes().get(1));
  }

  @Test
  void theAssessmentsTablesAreTheProfileTheSummaryAndTheDecision() {
    assertEquals(List.of("Evidence profile", "Summary of findings", "Evidence to decision"),
        ASSESSMENT.tables().stream().map(Table::title).toList());
    // the system's own evidence-to-decision table: the criteria given, in the framework's order and words
    assertEquals(List.of(List.of("values", "no important uncertainty or variability"),
            List.of("balance of effects", "probably favors intervention")),
        ASSESSMENT.tables().get(2).rows());
  }
}
