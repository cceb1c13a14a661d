package org.evidencegrading.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> FIELDS = List.of("appraisals", "consensus", "id", "published", "statement");

  @Test
  void suggestsTheClosestFieldForATypo() {
    assertEquals(Optional.of("appraisals"), Suggestions.closest("apraisals", FIELDS));
    assertEquals(Optional.of("published"), Suggestions.closest("publsihed", FIELDS));
    assertEquals(Optional.of("statement"), Suggestions.closest("Statement", FIELDS));
  }

  @Test
  void suggestsNothingForAnUnrelatedName() {
    assertEquals(Optional.empty(), Suggestions.closest("outcomes", FIELDS));
    assertEquals(Optional.empty(), Suggestions.closest("x", List.of("id")));
  }

  @Test
  void countsATranspositionAsOneEdit() {
    assertEquals(1, Suggestions.distance("ab", "ba", 3));
    assertEquals(3, Suggestions.distance("kitten", "sitting", 3));
  }

  @Test
  void stopsCountingBeyondTheLimit() {
    assertEquals(3, Suggestions.distance("kitten", "sitting", 2));
    assertEquals(2, Suggestions.distance("abcdef", "ghijkl", 1));
    assertEquals(2, Suggestions.distance("a", "abcdef", 1));
  }

  /**
   * Regression: the distance took time and memory proportional to the product of the lengths, so
   * an unknown study id of 10,000 characters next to a study id of 10,000 ran out of memory in a
   * 384 MB heap, and 82,000 against 82,000 took 40 s. Long names are not compared at all now.
   */
  @Test
  void suggestsNothingForAnIdLongerThanTheComparedLength() {
    String id = "a".repeat(Suggestions.MAX_LENGTH + 1);
    assertEquals(Optional.empty(), Suggestions.closest(id, List.of(id + "b", "a".repeat(82_000))));
    assertEquals(Optional.empty(), Suggestions.closest("trial-a", List.of("trial-" + "a".repeat(82_000))));
    assertEquals(Optional.of("trial-a"), Suggestions.closest("trial-b", List.of("b".repeat(82_000), "trial-a")));
  }

  @Test
  void comparesABoundedNumberOfCandidates() {
    List<String> many = new java.util.ArrayList<>(java.util.Collections.nCopies(Suggestions.MAX_CANDIDATES, "zzzzzzz"));
    many.add("trial-a");
    assertEquals(Optional.empty(), Suggestions.closest("trial-b", many));
    assertEquals(Optional.of("trial-a"), Suggestions.closest("trial-b", many.subList(Suggestions.MAX_CANDIDATES - 1, many.size())));
  }
}
