package org.evidencegrading.gradeapproach.symbols;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.CertaintyStatement;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.Words;

/**
 * Whether the symbols a guideline printed say what its words say. The ⊕ symbol must stand for the
 * stated certainty, or lie in the stated range (the Danish guideline's Table 1 pairs each level with
 * its symbol), for a recommendation and for each outcome; the arrow must stand for the stated
 * strength and direction, and √ for a good practice statement (its Table 2), which has no strength
 * but may have a direction ("The recommendation may be either for or against the intervention"). A
 * panel that declined to recommend printed no arrow and no √.
 * Only what both the symbol and the words state is compared: a symbol without words, or words
 * without a symbol, contradict nothing.
 *
 * <p>Symbols that cannot be read are invalid input, rejected before checking; here they are
 * ignored.
 */
public final class SymbolCheck {

  private SymbolCheck() {}

  /** How the printed ⊕ symbol contradicts the stated certainty or range, if it does. */
  public static Optional<String> certaintySymbol(CertaintyStatement published) {
    Optional<Certainty> printed = published.certaintySymbol().flatMap(CertaintySymbol::parse);
    if (printed.isEmpty()) {
      return Optional.empty();
    }
    String symbol = "printed certainty symbol \"" + published.certaintySymbol().get() + "\" means " + Words.of(printed.get());
    if (published.certainty().isPresent() && published.certainty().get() != printed.get()) {
      Certainty stated = published.certainty().get();
      return Optional.of(symbol + ", but the published certainty is " + Words.of(stated) + " (" + CertaintySymbol.of(stated) + ")");
    }
    return published.certaintyRange()
        .filter(range -> printed.get().rank() < range.get(0).rank() || printed.get().rank() > range.get(1).rank())
        .map(range -> symbol + ", but the published certainty is " + Words.of(range.get(0)) + " to " + Words.of(range.get(1)));
  }

  /**
   * How the printed recommendation symbol contradicts the published strength, direction, good
   * practice or declining to recommend, if it does.
   */
  public static Optional<String> recommendationSymbol(GradeApproachPublished published) {
    Optional<RecommendationSymbol> parsed = published.symbol().flatMap(RecommendationSymbol::parse);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    RecommendationSymbol symbol = parsed.get();
    List<String> contradicted = new ArrayList<>();
    if (published.declined()) {
      contradicted.add("the panel made no recommendation (noRecommendation)");
    }
    published.goodPractice()
        .filter(goodPractice -> goodPractice != (symbol == RecommendationSymbol.GOOD_PRACTICE))
        .ifPresent(goodPractice -> contradicted.add(goodPractice ? "published as good practice" : "published as not good practice"));
    published.strength()
        .filter(strength -> !symbol.strength().equals(Optional.of(strength)))
        .ifPresent(strength -> contradicted.add("published strength " + strength.name()));
    published.direction()
        .filter(direction -> symbol != RecommendationSymbol.GOOD_PRACTICE && !symbol.direction().equals(Optional.of(direction)))
        .ifPresent(direction -> contradicted.add("published direction " + direction.name()));
    if (contradicted.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("printed symbol \"" + published.symbol().get() + "\" means " + symbol.meaning() + ", but "
        + String.join(" and ", contradicted));
  }
}
