package org.evidencegrading.nass.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.GuidelineInfo;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Study;
import org.evidencegrading.problem.Problem;
import org.junit.jupiter.api.Test;

class NassSyntheticRecommendationsTest {

  @Test
  void makesValidRecommendationsWhosePublishedGradesAreOffOnlyByDesign() {
    SplittableRandom random = new SplittableRandom(7);
    List<String> studies = IntStream.range(0, 60).mapToObj(s -> "study-" + s).toList();
    Question.Builder question = Question.builder().id("q");
    for (int r = 0; r < 400; r++) {
      int first = random.nextInt(studies.size() - 8);
      question.addRecommendations(new NassSyntheticRecommendations().recommendation("r" + r, studies.subList(first, first + 8), random));
    }
    Guideline guideline = Guideline.builder()
        .guideline(GuidelineInfo.builder().id("synthetic").system("NASS").build())
        .addAllStudies(studies.stream().map(id -> Study.builder().id(id).build()).toList())
        .addQuestions(question.build())
        .build();

    CheckReport report = Checker.check(guideline); // validates first

    assertEquals(List.of("GRADE_MISMATCH"), report.problems().stream().map(Problem::code).distinct().toList(),
        "one recommendation in twenty is published one grade off; nothing else disagrees or is noted");
    long off = report.problems().size();
    assertTrue(off > 5 && off < 45, "about one in twenty of 400: " + off);
  }
}
