package org.evidencegrading.system;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lettered footnotes for a {@link Table}, as summary-of-findings tables print them: a cell that has
 * a note is marked {@code SERIOUS [a]}, and the table's notes say {@code a: the note}. A note given
 * twice gets one letter. Not thread-safe: one per table being built.
 */
public final class Footnotes {

  private final List<String> notes = new ArrayList<>();

  /** Footnotes for one table, none yet. */
  public Footnotes() {}

  /** {@code text}, marked with the letter of {@code note} if there is one. */
  public String mark(String text, Optional<String> note) {
    if (note.isEmpty()) {
      return text;
    }
    int index = notes.indexOf(note.get());
    if (index < 0) {
      notes.add(note.get());
      index = notes.size() - 1;
    }
    return text + " [" + letter(index) + "]";
  }

  /** The notes, each with its letter: {@code a: ...}. */
  public ImmutableList<String> notes() {
    ImmutableList.Builder<String> lettered = ImmutableList.builderWithExpectedSize(notes.size());
    for (int i = 0; i < notes.size(); i++) {
      lettered.add(letter(i) + ": " + notes.get(i));
    }
    return lettered.build();
  }

  /** a, b, ..., z, aa, ab, ... */
  static String letter(int index) {
    String letter = String.valueOf((char) ('a' + index % 26));
    return index < 26 ? letter : letter(index / 26 - 1) + letter;
  }
}
