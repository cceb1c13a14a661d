package org.evidencegrading.rulesets.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Entries of the study-type and design table: the potential level of a study of each of these
 * types and designs, or, without {@code level}, why the table gives such a study none (its level
 * depends on more than the design). A type and design that no entry names has no level either.
 */
@Value.Immutable
@JsonSerialize(as = TableEntry.class)
@JsonDeserialize(as = TableEntry.class)
@JsonPropertyOrder({"studyTypes", "designs", "level", "entry", "source", "where", "unverified"})
abstract class AbstractTableEntry implements Cited {

  public abstract ImmutableList<String> studyTypes();

  public abstract ImmutableList<String> designs();

  /** The potential level; absent where the table gives none. */
  public abstract Optional<String> level();

  /** The table's entry, quoted ("High quality randomized trial"), or why it gives no level. */
  public abstract String entry();

  @Value.Check
  protected void check() {
    Preconditions.checkState(!studyTypes().isEmpty(), "a table entry names at least one study type");
    Preconditions.checkState(!designs().isEmpty(), "a table entry names at least one design");
    Preconditions.checkState(!entry().isBlank(), "a table entry quotes the table or says why it gives no level");
  }
}
