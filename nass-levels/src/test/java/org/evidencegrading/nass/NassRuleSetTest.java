package org.evidencegrading.nass;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.grades.GradeOfRecommendation;
import org.evidencegrading.nass.grades.LinkingRow;
import org.evidencegrading.nass.grades.NassGrade;
import org.evidencegrading.nass.levels.Downgrade;
import org.evidencegrading.nass.levels.Downgrading;
import org.evidencegrading.nass.levels.LevelsOfEvidenceTable;
import org.evidencegrading.nass.levels.StudyDesign;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.NassRuleSet;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.rulesets.RuleSets;
import org.evidencegrading.rulesets.definition.Row;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.rulesets.definition.TableEntry;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.api.Test;

/**
 * The built-in NASS system is the shipped NASS 2024 rule set: its levels table, downgrading and
 * linking rows read {@code nass-2024.yaml} and cite its entries.
 */
class NassRuleSetTest {

  private static final RuleSet RULES = NassRuleSet.rules();

  @Test
  void isTheShippedRuleSet() {
    assertEquals(RuleSets.shipped("nass-2024"), RULES);
  }

  @Test
  void theLinkingRowsAreTheFilesRowsInItsOrder() {
    assertEquals(RULES.rows().stream().map(Row::id).toList(), List.of(LinkingRow.values()).stream().map(LinkingRow::id).toList());
    for (LinkingRow row : LinkingRow.values()) {
      Row definition = RULES.rows().get(row.ordinal());
      assertEquals(definition.grade().map(Grade::valueOf), Optional.of(row.grade()), row::id);
      assertEquals(definition.words(), row.words());
      assertEquals(RULES.citation(definition), row.source());
    }
  }

  @Test
  void aGradeCitesTheRowThatDecidedIt() {
    Derivation<NassGrade> grade = GradeOfRecommendation.rule().apply(
        ImmutableList.of(Evidence.of("s1", Level.II, Finding.SUPPORTS), Evidence.of("s2", Level.III, Finding.SUPPORTS)));
    assertEquals("nass.linking.b.two-level-ii-iii", grade.step().rule());
    assertEquals("NASS 2024, p. 13, Linking Levels of Evidence to Grades of Recommendation, B", grade.step().source());
  }

  @Test
  void everyCellOfTheLevelsTableIsTheFilesEntryAndCitesIt() {
    List<String> differences = new ArrayList<>();
    for (StudyType type : StudyType.values()) {
      for (Design design : Design.values()) {
        TableEntry entry = RULES.cell(type.name(), design.name()).orElseThrow();
        Derivation<Optional<Level>> cell = LevelsOfEvidenceTable.table().apply(StudyDesign.of(type, design));
        if (!cell.value().map(Level::name).equals(entry.level()) || !cell.step().reason().endsWith(entry.entry())
            || !cell.step().source().equals(RULES.citation(entry))) {
          differences.add(type + " " + design + ": " + cell.step() + ", file " + entry);
        }
      }
    }
    assertEquals(List.of(), differences);
    assertEquals("NASS 2024, p. 12, Therapeutic Studies, Level II",
        LevelsOfEvidenceTable.table().apply(StudyDesign.of(StudyType.THERAPEUTIC, Design.PROSPECTIVE_COMPARATIVE)).step().source());
  }

  @Test
  void downgradingIsTheFilesStepsAndFloors() {
    int maxSteps = RULES.maxDowngradeSteps();
    assertEquals(3, maxSteps);
    assertEquals(maxSteps, Appraisal.DOWNGRADE_STEPS.upperEndpoint());
    for (Level level : Level.values()) {
      for (int steps = 0; steps <= maxSteps; steps++) {
        assertEquals(RULES.lowered(level.name(), steps), level.lowered(steps).name(), level + " - " + steps);
      }
    }
    Step step = Downgrading.rule().apply(Downgrade.builder().start(Level.V).steps(1).build()).step();
    assertEquals("downgraded 1 step from potential Level V (no lower than Level V)", step.reason());
    assertEquals(RULES.citation(RULES.downgrading().orElseThrow()), step.source());
  }

  @Test
  void theGradesStepDownAsTheFileSays() {
    for (Grade grade : Grade.values()) {
      assertEquals(RULES.grade(grade.name()).flatMap(org.evidencegrading.rulesets.definition.Grade::lowersTo).map(Grade::valueOf),
          grade.oneStepBelow(), grade::name);
    }
  }
}
