package org.evidencegrading.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FootnotesTest {

  @Test
  void marksCellsWithLettersAndGivesANoteOneLetter() {
    Footnotes notes = new Footnotes();
    assertEquals("SERIOUS [a]", notes.mark("SERIOUS", Optional.of("CI includes benefit and harm")));
    assertEquals("NOT_SERIOUS", notes.mark("NOT_SERIOUS", Optional.empty()));
    assertEquals("SERIOUS [b]", notes.mark("SERIOUS", Optional.of("two domains at high risk of bias")));
    assertEquals("VERY_SERIOUS [a]", notes.mark("VERY_SERIOUS", Optional.of("CI includes benefit and harm")));
    assertEquals(List.of("a: CI includes benefit and harm", "b: two domains at high risk of bias"), notes.notes());
  }

  @Test
  void lettersGoOnPastZ() {
    assertEquals(List.of("a", "z", "aa", "az", "ba"),
        List.of(Footnotes.letter(0), Footnotes.letter(25), Footnotes.letter(26), Footnotes.letter(51), Footnotes.letter(52)));
  }
}
