package org.evidencegrading.io;

import org.evidencegrading.trace.TraceRenderer;

/**
 * Input quoted in error messages: at most {@value #MAX_QUOTED} characters of it (a 1 M-character
 * key must not make a 1 MB error line), with control and invisible characters shown as escapes (an
 * escape sequence in a file must not reach the terminal).
 */
final class Quoted {

  /** The most characters of one input value an error message quotes. */
  static final int MAX_QUOTED = 60;

  /** The most characters of a whole error message or field path. */
  static final int MAX_LINE = 1_000;

  private Quoted() {}

  /** {@code 'value'}, abbreviated and escaped. */
  static String value(String value) {
    return "'" + text(value) + "'";
  }

  /** The text abbreviated to {@value #MAX_QUOTED} characters with an ellipsis, and escaped. */
  static String text(String text) {
    return TraceRenderer.printable(abbreviate(text, MAX_QUOTED));
  }

  /**
   * A message or field path as a line of an error report: escaped, each segment of a field path
   * (a field name from the input) and the whole line abbreviated.
   */
  static String line(String text) {
    return TraceRenderer.printable(abbreviate(text, MAX_LINE));
  }

  /** A field path with every field name longer than {@value #MAX_QUOTED} characters abbreviated. */
  static String path(String path) {
    if (path.length() <= MAX_QUOTED) {
      return line(path);
    }
    StringBuilder out = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= path.length(); i++) {
      if (i == path.length() || path.charAt(i) == '.' || path.charAt(i) == '[') {
        out.append(abbreviate(path.substring(start, i), MAX_QUOTED));
        if (i < path.length()) {
          out.append(path.charAt(i));
        }
        start = i + 1;
      }
    }
    return line(out.toString());
  }

  private static String abbreviate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 3;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }
}
