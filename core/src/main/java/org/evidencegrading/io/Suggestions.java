package org.evidencegrading.io;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for misspelt names: the closest candidate by edit distance, if close enough.
 *
 * <p>Bounded, because names come from the input: names longer than {@link #MAX_LENGTH} characters
 * are not compared (nobody misspells one 64-character id into another), only candidates whose
 * length is within the allowed edits are compared, at most {@link #MAX_CANDIDATES} of them, and the
 * distance is computed within a band of the allowed edits. One suggestion costs at most {@code
 * MAX_CANDIDATES × 7 × MAX_LENGTH} steps and constant memory, whatever the input.
 */
final class Suggestions {

  /** Names and candidates longer than this are not compared. */
  static final int MAX_LENGTH = 64;

  /** At most this many candidates (of a fitting length) are compared for one suggestion. */
  static final int MAX_CANDIDATES = 10_000;

  private static final int MAX_EDITS = 3;

  private Suggestions() {}

  /**
   * The candidate closest to {@code name} (ignoring case), if it is within a third of the name's
   * length in edits (at least one, at most three).
   */
  static Optional<String> closest(String name, Collection<String> candidates) {
    if (name.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String lowerName = name.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(MAX_EDITS, name.length() / 3));
    String best = null;
    int bestDistance = allowed + 1;
    int compared = 0;
    for (String candidate : candidates) {
      if (candidate.length() > MAX_LENGTH || Math.abs(candidate.length() - name.length()) > allowed) {
        continue;
      }
      if (++compared > MAX_CANDIDATES) {
        break;
      }
      int distance = distance(lowerName, candidate.toLowerCase(Locale.ROOT), bestDistance - 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The optimal string alignment distance (insertions, deletions, substitutions, transpositions)
   * if it is at most {@code limit}, otherwise {@code limit + 1}. Only the cells within {@code limit}
   * of the diagonal are computed, in three rows.
   */
  static int distance(String a, String b, int limit) {
    int beyond = limit + 1;
    if (Math.abs(a.length() - b.length()) > limit) {
      return beyond;
    }
    int[] before = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = Math.min(j, beyond);
    }
    for (int i = 1; i <= a.length(); i++) {
      Arrays.fill(current, beyond);
      current[0] = Math.min(i, beyond);
      int rowMinimum = current[0];
      for (int j = Math.max(1, i - limit); j <= Math.min(b.length(), i + limit); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, before[j - 2] + 1);
        }
        current[j] = Math.min(best, beyond);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum > limit) {
        return beyond;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }
}
