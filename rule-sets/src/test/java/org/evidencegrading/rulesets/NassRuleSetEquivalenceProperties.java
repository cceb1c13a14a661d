package org.evidencegrading.rulesets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.grades.GradeOfRecommendation;
import org.evidencegrading.nass.grades.LinkingRow;
import org.evidencegrading.nass.grades.NassGrade;
import org.evidencegrading.nass.levels.LevelsOfEvidenceTable;
import org.evidencegrading.nass.levels.TableCell;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.rulesets.definition.TableEntry;
import org.evidencegrading.rulesets.grading.EvidenceGrade;
import org.evidencegrading.rulesets.grading.GradeOfEvidence;
import org.junit.jupiter.api.Test;

/**
 * The shipped NASS 2024 rule set grades exactly as the built-in NASS rules do: over every body of
 * evidence of up to five studies (each Level I-V, supporting, opposing or inconclusive; the space
 * nass.properties enumerates, as multisets with core's {@link Spaces#multisets}), the same grade,
 * direction, deciding row and counted studies; and every cell of the levels table gives the same
 * level and entry.
 */
class NassRuleSetEquivalenceProperties {

  private static final RuleSet NASS_2024 = RuleSets.shipped("nass-2024");

  @Test
  void gradesEveryBodyOfUpToFiveStudiesAsTheBuiltInRulesDo() {
    GradeOfEvidence rule = new GradeOfEvidence(NASS_2024);
    List<Evidence> kinds = new ArrayList<>();
    for (Level level : Level.values()) {
      for (Finding finding : Finding.values()) {
        kinds.add(Evidence.of("", level, finding));
      }
    }
    List<String> differences = new ArrayList<>();
    long[] bodies = {0};
    Spaces.multisets(kinds, 0, 5).forEachOrdered(multiset -> {
      bodies[0]++;
      ImmutableList.Builder<Evidence> builtIn = ImmutableList.builder();
      ImmutableList.Builder<org.evidencegrading.rulesets.grading.Evidence> data = ImmutableList.builder();
      for (int i = 0; i < multiset.size(); i++) {
        Evidence kind = multiset.get(i);
        builtIn.add(Evidence.of("s" + (i + 1), kind.level(), kind.finding()));
        data.add(org.evidencegrading.rulesets.grading.Evidence.of("s" + (i + 1), kind.level().name(),
            org.evidencegrading.rulesets.model.Finding.valueOf(kind.finding().name()), false));
      }
      NassGrade expected = GradeOfRecommendation.rule().apply(builtIn.build()).value();
      EvidenceGrade actual = rule.apply(data.build()).value();
      String wanted = expected.grade().name() + " " + expected.direction() + " " + expected.row().id()
          + (expected.row() == LinkingRow.I_INCONSISTENT_FINDINGS ? "" : " " + expected.counted());
      String got = actual.grade().orElse("none") + " " + actual.direction() + " " + actual.row().orElse("no row")
          + (expected.row() == LinkingRow.I_INCONSISTENT_FINDINGS ? "" : " " + actual.counted());
      if (!wanted.equals(got) || !actual.permitted().isEmpty() || !actual.covered()) {
        differences.add(multiset + ": built-in " + wanted + ", rule set " + actual);
      }
    });
    assertEquals(15_504, bodies[0]);
    assertEquals(List.of(), differences.subList(0, Math.min(5, differences.size())));
  }

  @Test
  void givesEveryStudyTypeAndDesignTheBuiltInTablesLevelAndEntry() {
    List<String> differences = new ArrayList<>();
    for (StudyType type : StudyType.values()) {
      for (Design design : Design.values()) {
        TableCell expected = LevelsOfEvidenceTable.table().cell(type, design);
        Optional<TableEntry> entry = NASS_2024.cell(type.name(), design.name());
        Optional<String> level = entry.flatMap(TableEntry::level);
        if (!level.equals(expected.level().map(Level::name)) || !entry.map(TableEntry::entry).equals(Optional.of(expected.entry()))) {
          differences.add(type + " " + design + ": built-in " + expected + ", rule set " + entry);
        }
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void lowersLevelsAsTheBuiltInDowngradingDoes() {
    List<String> differences = new ArrayList<>();
    for (Level level : Level.values()) {
      for (int steps = 0; steps <= 3; steps++) {
        String expected = level.lowered(steps).name();
        String actual = NASS_2024.lowered(level.name(), steps);
        if (!expected.equals(actual)) {
          differences.add(level + " - " + steps + ": built-in " + expected + ", rule set " + actual);
        }
      }
    }
    assertEquals(List.of(), differences);
  }
}
