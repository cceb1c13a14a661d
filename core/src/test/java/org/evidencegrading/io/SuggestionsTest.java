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
    assertEquals(1, Suggestions.distance("ab", "ba"));
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
  }
}
