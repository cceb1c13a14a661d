package org.evidencegrading.gradeapproach.certainty;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.CertaintyStatement;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.gradeapproach.symbols.CertaintySymbol;
import org.immutables.value.Value;

/**
 * The certainty a guideline published, as compared with the derived one: the levels it allows (one,
 * or the levels of a range) and how it was stated. Where the words give no certainty, the printed ⊕
 * symbol is what was published.
 */
@Value.Immutable
abstract class AbstractPublishedCertainty {

  /** The levels the published certainty allows, highest first. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Certainty> levels();

  /** How it was stated: "low", "low to moderate", "⨁⨁◯◯ (low)". */
  public abstract String words();

  /** The published certainty of a statement: its words, its range, or else its readable symbol; empty if none. */
  public static Optional<PublishedCertainty> of(CertaintyStatement statement) {
    if (statement.certainty().isPresent()) {
      Certainty certainty = statement.certainty().get();
      return Optional.of(PublishedCertainty.builder().addLevels(certainty).words(Words.of(certainty)).build());
    }
    if (statement.certaintyRange().isPresent()) {
      ImmutableList<Certainty> range = statement.certaintyRange().get();
      return Optional.of(PublishedCertainty.builder()
          .addAllLevels(Arrays.stream(Certainty.values())
              .filter(level -> level.rank() >= range.get(0).rank() && level.rank() <= range.get(1).rank())
              .toList())
          .words(Words.of(range.get(0)) + " to " + Words.of(range.get(1)))
          .build());
    }
    return statement.certaintySymbol().flatMap(symbol -> CertaintySymbol.parse(symbol)
        .map(certainty -> PublishedCertainty.builder().addLevels(certainty).words(symbol + " (" + Words.of(certainty) + ")").build()));
  }

  /** The single level published, where it is not a range. */
  public Optional<Certainty> single() {
    return levels().size() == 1 ? Optional.of(levels().first()) : Optional.empty();
  }

  /** Whether the published certainty allows a level. */
  public boolean allows(Certainty certainty) {
    return levels().contains(certainty);
  }
}
