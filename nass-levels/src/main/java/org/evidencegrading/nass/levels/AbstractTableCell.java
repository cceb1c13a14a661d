package org.evidencegrading.nass.levels;

import java.util.Optional;
import org.evidencegrading.nass.model.Level;
import org.immutables.value.Value;

/**
 * What the levels-of-evidence table says for one study type and design: the potential level and
 * the table entry that gives it, or why the table gives none.
 */
@Value.Immutable
abstract class AbstractTableCell {

  /** The potential level, where the table determines one. */
  @Value.Parameter
  public abstract Optional<Level> level();

  /** The entry of the table, quoted, or why the table determines no level. */
  @Value.Parameter
  public abstract String entry();
}
