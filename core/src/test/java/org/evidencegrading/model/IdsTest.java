package org.evidencegrading.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  /** Every kind of id in the two source guidelines and in the file format's examples. */
  @ParameterizedTest
  @ValueSource(strings = {"berenson-2011", "interventional-2a", "imaging-diagnosis-1g", "pico-1", "pico-1-rec", "pain-1m",
      "thigh-pain", "example-consensus", "dx-physical", "q1", "A", "Smith.2020_b", "question-1", "recommendation-10000"})
  void acceptsTheIdsGuidelinesUse(String id) {
    assertEquals(Optional.empty(), Ids.problem(id, "study id"));
    assertEquals(Optional.empty(), Ids.problem("x".repeat(Ids.MAX_ID_LENGTH), "study id"));
  }

  /**
   * Regression: any string was an id, so two appraisals of one trial under look-alike ids (a
   * Cyrillic "а", a trailing space, a zero-width space, NFC against NFD) counted as two studies.
   */
  @Test
  void rejectsIdsThatLookLikeOthersOrHideCharacters() {
    String composed = Normalizer.normalize("müller-2011", Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize("müller-2011", Normalizer.Form.NFD);
    for (String id : List.of("berenson-2011 ", " berenson-2011", "berenson 2011", "berens\u043En-2011", "berenson\u200B-2011",
        "berenson-2011\u0000", "berenson\n2011", "\u202Eberenson-2011", "berenson\u20102011", composed, decomposed,
        "-berenson", ".hidden", "x".repeat(Ids.MAX_ID_LENGTH + 1), "a/b", "a:b")) {
      assertTrue(Ids.problem(id, "study id").orElseThrow().contains("is not a valid id: use letters A-Z and a-z, digits,"
          + " '.', '_' and '-', starting with a letter or a digit, at most 64 characters"), id);
    }
    assertEquals(Optional.of("study id must not be blank"), Ids.problem(" ", "study id"));
  }

  @Test
  void studiesAndQuestionsCheckTheirIds() {
    IllegalStateException study = assertThrows(IllegalStateException.class, () -> Study.builder().id("trial 1").build());
    assertTrue(study.getMessage().startsWith("study id 'trial 1' is not a valid id"), study.getMessage());
    IllegalStateException question = assertThrows(IllegalStateException.class, () -> Question.builder().id("q\u200B1").build());
    assertTrue(question.getMessage().startsWith("question id 'q\u200B1' is not a valid id"), question.getMessage());
  }

  @Test
  void quotesAtMostTheLongestIdInTheMessage() {
    String message = Ids.problem("y".repeat(1_000_000), "study id").orElseThrow();
    assertTrue(message.startsWith("study id '" + "y".repeat(Ids.MAX_ID_LENGTH - 3) + "...' is not a valid id"), message);
  }
}
