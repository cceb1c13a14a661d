package org.evidencegrading.io;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * The resource limits of reading a guideline file, set on purpose so that no input can make the
 * reader run out of memory or time. The defaults fit a 384 MB heap: a 64 MiB document (a
 * 10,000-recommendation guideline is 13 to 20 MB) and a single text value of up to 16 Mi characters
 * are accepted; in YAML, a run of more than 1 Mi characters without white space is not; YAML
 * anchors and aliases are rejected outright (the format has no use for them, and their expansion is
 * the "billion laughs" attack).
 */
@Value.Immutable
abstract class AbstractReadLimits {

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

  /**
   * Longest accepted run of characters without white space in a YAML document: 1 Mi. SnakeYAML,
   * which reads YAML, takes time quadratic in the length of such a run (a 4 Mi run takes seconds,
   * a 60 M one minutes and more memory than the heap); no guideline has a word that long.
   */
  @Value.Default
  public int maxYamlWordLength() {
    return 1024 * 1024;
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
    Preconditions.checkState(maxYamlWordLength() > 0, "maxYamlWordLength must be positive");
  }
}
