package org.evidencegrading.problem;

/** How much a problem matters: an ERROR makes the check fail (exit status 1), a WARNING does not. */
public enum Severity {
  ERROR,
  WARNING
}
