package org.evidencegrading.rulesets.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of a linking table: the grade a body of evidence gets when every condition holds. Rows are
 * tried in the file's order, the order of precedence; the first that holds decides.
 *
 * <ul>
 *   <li>{@code grade}: the grade it gives; or {@code ungraded}: why the system gives no grade to such
 *       a body (an explicit "no grade", unlike a body no row covers).
 *   <li>{@code judgment}: the row holds only in the panel's judgment ("principally", "troublingly
 *       inconsistent"): its grade is then permitted besides the grade the later rows give, which
 *       stays the default. Nothing is guessed.
 *   <li>{@code counts}: the levels of the studies the grade rests on, for the explanation (NASS A:
 *       the Level I studies); every study where empty.
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = Row.class)
@JsonDeserialize(as = Row.class)
@JsonPropertyOrder({"id", "grade", "ungraded", "findings", "when", "counts", "judgment", "words", "source", "where", "unverified"})
abstract class AbstractRow implements Cited {

  /** A stable id, used in traces, e.g. {@code nass.linking.b.two-level-ii-iii}. */
  public abstract String id();

  public abstract Optional<String> grade();

  /** Why such a body gets no grade, for a row that gives none. */
  public abstract Optional<String> ungraded();

  @Value.Default
  public Findings findings() {
    return Findings.CONSISTENT;
  }

  /** Every condition must hold; none: the row holds for every body of its findings. */
  public abstract ImmutableList<Condition> when();

  public abstract ImmutableList<String> counts();

  /** The clause of the source that calls for judgment, quoted. */
  public abstract Optional<String> judgment();

  /** The row as the source words it. */
  public abstract String words();

  /** Whether a grade by this row rests on a study of this level: one of {@link #counts()}, or any level where it names none. */
  public boolean restsOn(String level) {
    return counts().isEmpty() || counts().contains(level);
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(!id().isBlank(), "a row has an id");
    Preconditions.checkState(grade().isPresent() != ungraded().isPresent(),
        "row '%s' gives either a grade or, with ungraded, the reason for giving none", id());
    Preconditions.checkState(judgment().isEmpty() || grade().isPresent(), "row '%s' calls for judgment, so it gives a grade", id());
    Preconditions.checkState(!words().isBlank(), "row '%s' says in words what it grades", id());
  }
}
