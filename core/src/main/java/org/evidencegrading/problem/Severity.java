package org.evidencegrading.problem;

/**
 * How much a problem matters (revision 2 of the file format):
 *
 * <ul>
 *   <li>{@link #ERROR}: a published value contradicts what follows from the file's own stated inputs
 *       under the system's fixed rules (arithmetic, table look-ups, symbols against words). The check
 *       fails: exit status 1.
 *   <li>{@link #WARNING}: a judgment that departs from the system's guidance. Exit status 0, unless
 *       the check is strict.
 *   <li>{@link #INFO}: where the guidance leaves discretion and the guideline used it, or where a
 *       result rests on values the encoder inferred.
 * </ul>
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
