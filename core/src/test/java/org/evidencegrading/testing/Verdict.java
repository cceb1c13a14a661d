package org.evidencegrading.testing;

/** The toy system's grade. */
public enum Verdict {
  STRONG,
  WEAK
}
