package org.evidencegrading.trace;

import java.util.Objects;

/**
 * A rule whose id and source are fixed when it is made: the base of the grading systems' rules,
 * which name both as constants and so need not each write out {@link #id()} and {@link #source()}.
 *
 * @param <I> what the rule looks at
 * @param <O> what it derives
 */
public abstract class NamedRule<I, O> implements Rule<I, O> {

  private final String id;
  private final String source;

  /**
   * @param id the rule's stable id, e.g. {@code nass.levels-table}
   * @param source the source it implements, precise enough to look up
   */
  protected NamedRule(String id, String source) {
    this.id = Objects.requireNonNull(id, "id");
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String source() {
    return source;
  }
}
