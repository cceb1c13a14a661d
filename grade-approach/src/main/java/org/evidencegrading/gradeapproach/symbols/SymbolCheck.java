package org.evidencegrading.gradeapproach.symbols;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.Words;

/**
 * Whether the symbols a guideline printed say what its words say. The ⊕ symbol must stand for the
 * stated certainty (the Danish guideline's Table 1 pairs each level with its symbol); the arrow must
 * stand for the stated strength and direction, and √ for a good practice statement (its Table 2),
 * which has no strength but may have a direction ("The recommendation may be either for or against
 * the intervention").
 * Only what both the symbol and the words state is compared: a symbol without words, or words
 * without a symbol, contradict nothing.
 *
 * <p>Symbols that cannot be read are invalid input, rejected before checking; here they are
 * ignored.
 */
public final class SymbolCheck {

  private SymbolCheck() {}

  /** How the printed ⊕ symbol contradicts the stated certainty, if it does. */
  public static Optional<String> certaintySymbol(GradeApproachPublished published) {
    Optional<Certainty> printed = published.certaintySymbol().flatMap(CertaintySymbol::parse);
    if (printed.isEmpty() || published.certainty().isEmpty() || printed.equals(published.certainty())) {
      return Optional.empty();
    }
    Certainty stated = published.certainty().get();
    return Optional.of("printed certainty symbol \"" + published.certaintySymbol().get() + "\" means " + Words.of(printed.get())
        + ", but the published certainty is " + Words.of(stated) + " (" + CertaintySymbol.of(stated) + ")");
  }

  /** How the printed recommendation symbol contradicts the published strength, direction or good practice, if it does. */
  public static Optional<String> recommendationSymbol(GradeApproachPublished published) {
    Optional<RecommendationSymbol> parsed = published.symbol().flatMap(RecommendationSymbol::parse);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    RecommendationSymbol symbol = parsed.get();
    List<String> contradicted = new ArrayList<>();
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
