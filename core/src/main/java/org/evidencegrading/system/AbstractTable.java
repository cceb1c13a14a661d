package org.evidencegrading.system;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A table of a result for people, e.g. a recommendation's appraisals or its evidence profile;
 * reports render it as aligned text or as a Markdown table.
 */
@Value.Immutable
abstract class AbstractTable {

  /** What the table shows, e.g. "Appraisals". */
  public abstract String title();

  public abstract ImmutableList<String> headers();

  public abstract ImmutableList<ImmutableList<String>> rows();

  /**
   * The table's footnotes, e.g. the source's reasons for its judgments, each marked in a cell with
   * its letter: {@code a: "CI includes benefit and harm"}. Reports print them under the table.
   */
  public abstract ImmutableList<String> notes();

  @Value.Check
  protected void check() {
    for (ImmutableList<String> row : rows()) {
      Preconditions.checkState(
          row.size() == headers().size(),
          "row %s has %s cells for %s headers",
          row,
          row.size(),
          headers().size());
    }
  }
}
