package org.evidencegrading.nass.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.rulesets.RuleSets;
import org.evidencegrading.rulesets.grading.EvidenceGrade;
import org.evidencegrading.rulesets.grading.GradeOfEvidence;
import org.evidencegrading.trace.Derivation;
import org.junit.jupiter.api.Test;

/**
 * The built-in NASS grade is the shipped NASS 2024 rule set's, as {@code --rules nass-2024} grades:
 * over every body of evidence of up to five studies (each Level I-V, supporting, opposing or
 * inconclusive; the space nass.properties enumerates, as multisets with core's {@link
 * Spaces#multisets}), the same grade, direction, deciding row and counted studies, and the NASS
 * explanation's concluding step is the deciding row's, citing it as the file does.
 */
class NassRuleSetEquivalenceProperties {

  @Test
  void gradesEveryBodyOfUpToFiveStudiesAsTheShippedRuleSetDoes() {
    GradeOfEvidence rule = new GradeOfEvidence(RuleSets.shipped("nass-2024"));
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
      Derivation<NassGrade> derived = GradeOfRecommendation.rule().apply(builtIn.build());
      NassGrade expected = derived.value();
      EvidenceGrade actual = rule.apply(data.build()).value();
      String wanted = expected.grade().name() + " " + expected.direction() + " " + expected.row().id()
          + (expected.row() == LinkingRow.I_INCONSISTENT_FINDINGS ? "" : " " + expected.counted())
          + " by " + derived.step().rule() + ", " + derived.step().source();
      String got = actual.grade().orElse("none") + " " + actual.direction() + " " + actual.row().orElse("no row")
          + (expected.row() == LinkingRow.I_INCONSISTENT_FINDINGS ? "" : " " + actual.counted())
          + " by " + actual.row().orElse("no row") + ", " + actual.row().map(id -> LinkingRow.of(id).source()).orElse("");
      if (!wanted.equals(got) || !actual.permitted().isEmpty() || !actual.covered()) {
        differences.add(multiset + ": built-in " + wanted + ", rule set " + actual);
      }
    });
    assertEquals(15_504, bodies[0]);
    assertEquals(List.of(), differences.subList(0, Math.min(5, differences.size())));
  }
}
