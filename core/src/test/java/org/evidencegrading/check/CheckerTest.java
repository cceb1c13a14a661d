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
import org.evidencegrading.system.GradingSystems;
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
    assertEquals(Summary.builder().recommendations(2).agreeing(1).disagreeing(1).withWarnings(1).errors(1).warnings(1).infos(0).build(), report.summary());
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
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class, () -> Checker.check(guideline, new ToySystem()));
    assertEquals("guideline.system: unknown grading system 'OTHER' (expected one of: TOY)", thrown.errors().get(0).toString());
  }

  @Test
  void aSystemBuiltInCodeReadsValidatesAndChecksAFileEndToEnd(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("org.yaml");
    java.nio.file.Files.writeString(file, String.join("\n",
        "format: evidence-grading/1",
        "guideline: {id: org-1, system: ORG}",
        "studies: [{id: a}, {id: b}]",
        "questions:",
        "  - id: q",
        "    recommendations:",
        "      - {id: r, statement: s, studies: [a, b], weight: 9, published: WEAK}",
        ""));
    org.evidencegrading.system.GradingSystems systems =
        org.evidencegrading.system.GradingSystems.of(new ToySystem("ORG", 3));
    assertThrows(InvalidGuidelineException.class, () -> org.evidencegrading.io.GuidelineReader.read(file),
        "the installed systems do not know ORG");
    CheckReport report = Checker.using(systems).run(file);
    assertEquals("ORG", report.guideline().system());
    // configured to need three studies, the system derives WEAK from two: it agrees with the published WEAK
    assertTrue(report.recommendations().get(0).agrees(), report.problems().toString());
    assertEquals(List.of("HEAVY"), report.problems().stream().map(Problem::code).toList());
  }
}
