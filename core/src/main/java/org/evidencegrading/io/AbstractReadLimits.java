package org.evidencegrading.io;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * The resource limits of reading a guideline file, set on purpose so that no input can make the
 * reader run out of memory or time. The defaults fit a 384 MB heap: a 64 MiB document (a
 * 10,000-recommendation guideline is about 13 MB) and a single text value of up to 16 MiB are
 * accepted; YAML anchors and aliases are rejected outright (the format has no use for them, and
 * their expansion is the "billion laughs" attack).
 */
@Value.Immutable
public abstract class AbstractReadLimits {

  private static final ReadLimits DEFAULTS = ReadLimits.builder().build();

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** Largest accepted file, in bytes: 64 MiB. */
  @Value.Default
  public long maxDocumentBytes() {
    return 64L * 1024 * 1024;
  }

  /**
   * Deepest accepted nesting of mappings and lists: 32 (a guideline file needs 7: guideline,
   * questions, a question, its recommendations, one, its consensus rounds, one).
   */
  @Value.Default
  public int maxNestingDepth() {
    return 32;
  }

  /** Longest accepted single text value, in characters: 16 Mi. */
  @Value.Default
  public int maxStringLength() {
    return 16 * 1024 * 1024;
  }

  /** How many errors are collected before reading stops: 50. */
  @Value.Default
  public int maxErrors() {
    return 50;
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(maxDocumentBytes() > 0, "maxDocumentBytes must be positive");
    Preconditions.checkState(maxNestingDepth() > 0, "maxNestingDepth must be positive");
    Preconditions.checkState(maxStringLength() > 0, "maxStringLength must be positive");
    Preconditions.checkState(maxErrors() > 0, "maxErrors must be positive");
  }
}
