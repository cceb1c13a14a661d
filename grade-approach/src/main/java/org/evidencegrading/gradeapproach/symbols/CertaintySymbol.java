package org.evidencegrading.gradeapproach.symbols;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Certainty;

/**
 * The ⊕ notation of certainty: one filled circle per level, then empty circles to four. The Danish
 * guideline's Table 1 prints "High (⊕ ⊕ ⊕ ⊕)", "Moderate (⊕ ⊕ ⊕ O)", "Low (⊕ ⊕ OO)" and "Very
 * low (⊕ OOO)"; GRADE's tables print the same with ○ for the empty circles (GRADE guidelines 18,
 * Table 1: "High ⊕⊕⊕⊕ ... Very low ⊕○○○"), GRADEpro with ⨁ and ◯, and other typefaces with 〇,
 * ⊝ or ⊖ for the empty ones.
 *
 * <p>Reading accepts ⊕ (U+2295) or ⨁ (U+2A01) for a filled circle and O, o, ○ (U+25CB), ◯
 * (U+25EF), 〇 (U+3007), ⊝ (U+229D) or ⊖ (U+2296) for an empty one, and ignores spaces: exactly
 * four circles, at least one filled, the filled ones first. Writing uses ⊕ and O, as the file format
 * lists them.
 */
public final class CertaintySymbol {

  /** The accepted forms, for messages. */
  public static final String ACCEPTED =
      "four circles, filled first: ⊕⊕⊕⊕ high, ⊕⊕⊕O moderate, ⊕⊕OO low, ⊕OOO very low"
          + " (⊕ or ⨁ filled; O, o, ○, ◯, 〇, ⊝ or ⊖ empty; spaces are ignored)";

  /** The filled circles read. */
  public static final String FILLED = "⊕⨁";

  /** The empty circles read. */
  public static final String EMPTY = "Oo○◯〇⊝⊖";
  private static final int CIRCLES = 4;

  private CertaintySymbol() {}

  /** The certainty a printed symbol stands for; empty if it is not a certainty symbol. */
  public static Optional<Certainty> parse(String printed) {
    String circles = PrintedText.withoutSpaces(printed);
    if (circles.codePointCount(0, circles.length()) != CIRCLES) {
      return Optional.empty();
    }
    int filled = 0;
    boolean emptySeen = false;
    for (int circle : circles.codePoints().toArray()) {
      if (FILLED.indexOf(circle) >= 0 && !emptySeen) {
        filled++;
      } else if (EMPTY.indexOf(circle) >= 0) {
        emptySeen = true;
      } else {
        return Optional.empty();
      }
    }
    return filled == 0 ? Optional.empty() : Optional.of(Certainty.ofRank(filled));
  }

  /** A certainty with its symbol: "⊕⊕OO LOW". */
  public static String label(Certainty certainty) {
    return of(certainty) + " " + certainty.name();
  }

  /** The symbol of a certainty: "⊕⊕OO" for low. */
  public static String of(Certainty certainty) {
    return "⊕".repeat(certainty.rank()) + "O".repeat(CIRCLES - certainty.rank());
  }
}
