package org.evidencegrading.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evidencegrading.testing.RoundTrip;
import org.evidencegrading.testing.ToyRecommendation;
import org.evidencegrading.testing.Verdict;
import org.junit.jupiter.api.Test;

class GuidelineTest {

  static Guideline toyGuideline() {
    return Guideline.builder()
        .guideline(GuidelineInfo.builder().id("toy-1").title("Toys").publisher("Nobody").year(2026).system("TOY").build())
        .addStudies(Study.builder().id("a-2020").citation("A. Study. 2020.").doi("10.1/a").build())
        .addStudies(Study.builder().id("b-2021").build())
        .addQuestions(Question.builder()
            .id("q1")
            .section("Toys")
            .text("Are toys good?")
            .population("children")
            .intervention("toys")
            .comparison("no toys")
            .addRecommendations(ToyRecommendation.builder()
                .id("q1a")
                .statement("Toys are suggested.")
                .addStudies("a-2020", "b-2021")
                .weight(3)
                .published(Verdict.STRONG)
                .build())
            .build())
        .addQuestions(Question.builder().id("q2").note("Nothing found.").build())
        .build();
  }

  @Test
  void roundTripsThroughJsonAndYaml() {
    RoundTrip.assertRoundTrips(toyGuideline(), Guideline.class, "TOY");
  }

  @Test
  void everyModelTypeRoundTripsOnItsOwn() {
    Guideline guideline = toyGuideline();
    RoundTrip.assertRoundTrips(guideline.guideline(), GuidelineInfo.class, "TOY");
    RoundTrip.assertRoundTrips(guideline.studies().get(0), Study.class, "TOY");
    RoundTrip.assertRoundTrips(guideline.studies().get(1), Study.class, "TOY");
    RoundTrip.assertRoundTrips(guideline.questions().get(0), Question.class, "TOY");
    RoundTrip.assertRoundTrips(guideline.questions().get(1), Question.class, "TOY");
  }

  @Test
  void findsStudiesById() {
    Guideline guideline = toyGuideline();
    assertEquals("A. Study. 2020.", guideline.study("a-2020").orElseThrow().citation().orElseThrow());
    assertTrue(guideline.study("c-2022").isEmpty());
    assertEquals(List.of("q1a"), guideline.recommendations().map(Recommendation::id).toList());
  }

  @Test
  void enforcesItsInvariants() {
    assertThrows(IllegalStateException.class, () -> GuidelineInfo.builder().id("Not An Id").system("TOY").build());
    assertThrows(IllegalStateException.class, () -> Study.builder().id(" ").build());
    assertThrows(IllegalStateException.class, () -> Question.builder().id("").build());
    assertThrows(IllegalStateException.class, () -> Guideline.builder()
        .format("evidence-grading/2")
        .guideline(GuidelineInfo.builder().id("x").system("TOY").build())
        .build());
  }

  @Test
  void strictBuildersRefuseToSetAnAttributeTwice() {
    assertThrows(IllegalStateException.class, () -> Study.builder().id("a").id("b"));
  }
}
