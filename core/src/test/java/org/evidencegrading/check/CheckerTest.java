package org.evidencegrading.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.GuidelineInfo;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Study;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.testing.ToyRecommendation;
import org.evidencegrading.testing.ToySystem;
import org.evidencegrading.testing.Verdict;
import org.junit.jupiter.api.Test;

class CheckerTest {

  static Guideline guideline(ToyRecommendation... recommendations) {
    return Guideline.builder()
        .guideline(GuidelineInfo.builder().id("toy").title("Toys").system("TOY").build())
        .addStudies(Study.builder().id("a").build(), Study.builder().id("b").build())
        .addQuestions(Question.builder().id("q").addRecommendations(recommendations).build())
        .build();
  }

  static ToyRecommendation recommendation(String id, Verdict published, int weight, String... studies) {
    return ToyRecommendation.builder().id(id).statement("s").addStudies(studies).weight(weight).published(published).build();
  }

  @Test
  void derivesComparesAndCountsEveryRecommendation() {
    CheckReport report = Checker.check(guideline(
        recommendation("agrees", Verdict.STRONG, 1, "a", "b"),
        recommendation("disagrees", Verdict.STRONG, 9, "a")));

    assertEquals(List.of(true, false), report.recommendations().stream().map(r -> r.agrees()).toList());
    assertEquals(List.of("VERDICT_MISMATCH", "HEAVY"), report.problems().stream().map(Problem::code).toList());
    assertEquals(List.of(Severity.ERROR, Severity.WARNING), report.problems().stream().map(Problem::severity).toList());
    assertEquals(Summary.builder().recommendations(2).agreeing(1).disagreeing(1).errors(1).warnings(1).build(), report.summary());
    assertTrue(report.hasErrors());
  }

  @Test
  void warningsAloneAreNotErrors() {
    CheckReport report = Checker.check(guideline(recommendation("heavy", Verdict.WEAK, 9, "a")));
    assertFalse(report.hasErrors());
    assertEquals(1, report.summary().warnings());
  }

  @Test
  void validatesAGuidelineBuiltInCodeBeforeCheckingIt() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> Checker.check(guideline(recommendation("r", Verdict.WEAK, 1, "nowhere"))));
    assertEquals("questions[0].recommendations[0].studies[0]: study 'nowhere' is not in the bibliography (studies)",
        thrown.errors().get(0).toString());
  }

  @Test
  void refusesASystemOtherThanTheOneTheGuidelineNames() {
    Guideline guideline = Guideline.builder()
        .guideline(GuidelineInfo.builder().id("x").system("OTHER").build())
        .build();
    assertThrows(IllegalArgumentException.class, () -> Checker.check(guideline, new ToySystem()));
  }
}
