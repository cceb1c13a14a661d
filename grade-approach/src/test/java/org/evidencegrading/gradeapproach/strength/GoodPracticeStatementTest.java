package org.evidencegrading.gradeapproach.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriterion;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GoodPracticeStatementTest {

  private static final GoodPracticeCriteria ALL_MET = GoodPracticeCriteria.builder()
      .necessary(true)
      .netBenefitClear(true)
      .evidenceCollectionPoorUseOfResources(true)
      .rationaleExplicit(true)
      .actionable(true)
      .build();

  private static GoodPracticeCriteria without(GoodPracticeCriteria criteria, GoodPracticeCriterion criterion) {
    return switch (criterion) {
      case NECESSARY -> criteria.withNecessary(false);
      case NET_BENEFIT_CLEAR -> criteria.withNetBenefitClear(false);
      case EVIDENCE_COLLECTION_POOR_USE_OF_RESOURCES -> criteria.withEvidenceCollectionPoorUseOfResources(false);
      case RATIONALE_EXPLICIT -> criteria.withRationaleExplicit(false);
      case ACTIONABLE -> criteria.withActionable(false);
    };
  }

  @Test
  void isGoodPracticeWhenAllFiveCriteriaAreMet() {
    Derivation<Boolean> derived = GoodPracticeStatement.rule().apply(ALL_MET);

    assertEquals(true, derived.value());
    Step step = derived.step();
    assertEquals(GoodPracticeStatement.ID, step.rule());
    assertEquals("good practice statement", step.outcome());
    assertEquals("all 5 criteria of a good practice statement are met", step.reason());
    assertEquals("true", step.inputs().get("evidenceCollectionPoorUseOfResources"));
  }

  @ParameterizedTest
  @EnumSource(GoodPracticeCriterion.class)
  void isNotWhenAnyCriterionIsUnmet(GoodPracticeCriterion criterion) {
    Derivation<Boolean> derived = GoodPracticeStatement.rule().apply(without(ALL_MET, criterion));

    assertEquals(false, derived.value());
    Step step = derived.step();
    assertEquals("criteria not met", step.outcome());
    assertEquals("1 of the 5 criteria of a good practice statement is not met: " + criterion.words(), step.reason());
    assertEquals("false", step.inputs().get(criterion.field()));
  }

  @Test
  void namesEveryUnmetCriterion() {
    GoodPracticeCriteria two = without(without(ALL_MET, GoodPracticeCriterion.NECESSARY), GoodPracticeCriterion.ACTIONABLE);
    assertEquals("2 of the 5 criteria of a good practice statement are not met: the message is necessary in regard to actual"
        + " health care practice; the statement is clear and actionable",
        GoodPracticeStatement.rule().apply(two).step().reason());
  }
}
