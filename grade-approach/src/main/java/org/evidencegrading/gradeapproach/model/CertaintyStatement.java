package org.evidencegrading.gradeapproach.model;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A certainty as a guideline printed it, for a recommendation or for one outcome: in words, {@code
 * certainty: LOW}, or as a range, {@code certaintyRange: [LOW, MODERATE]} ("low to moderate"), and
 * as a ⊕ symbol, {@code certaintySymbol: "⨁⨁◯◯"}, each optional. The {@code symbols} package reads
 * the symbol and checks it against the words; where only a symbol was printed, it is what was
 * published.
 */
public interface CertaintyStatement {

  /** The certainty in words. */
  Optional<Certainty> certainty();

  /** The certainty in words as a range of two levels, the lower first: {@code [LOW, MODERATE]}. */
  Optional<ImmutableList<Certainty>> certaintyRange();

  /** The certainty as printed in ⊕ notation, kept exactly as printed, e.g. "⊕⊕OO" or "⊕ OOO". */
  Optional<String> certaintySymbol();

  /**
   * Checks that a statement gives a certainty or a range, not both, and that a range is two
   * different levels, the lower first.
   *
   * @throws IllegalStateException if it does not
   */
  static void check(CertaintyStatement statement) {
    Preconditions.checkState(statement.certainty().isEmpty() || statement.certaintyRange().isEmpty(),
        "give certainty or certaintyRange, not both");
    statement.certaintyRange().ifPresent(range -> Preconditions.checkState(
        range.size() == 2 && range.get(0).rank() < range.get(1).rank(),
        "a certaintyRange is two different levels, the lower first, e.g. [LOW, MODERATE], not %s", range));
  }
}
