package org.evidencegrading.trace;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * Renders traces for people: one line per step, as text or as a Markdown list. (For machines, a
 * {@link Trace} serializes to JSON as the list of its steps.)
 */
public final class TraceRenderer {

  private TraceRenderer() {}

  /** One line per step: {@code reason -> outcome}. */
  public static ImmutableList<String> lines(Trace trace) {
    ImmutableList.Builder<String> lines = ImmutableList.builderWithExpectedSize(trace.steps().size());
    for (Step step : trace.steps()) {
      lines.add(line(step));
    }
    return lines.build();
  }

  /** A step as one line: {@code reason -> outcome}. */
  public static String line(Step step) {
    return step.reason() + " -> " + step.outcome();
  }

  /** The distinct sources of a trace's steps, in the order first used. */
  public static ImmutableList<String> sources(Trace trace) {
    return trace.steps().stream().map(Step::source).distinct().collect(ImmutableList.toImmutableList());
  }

  /** A Markdown bullet list, one item per step, naming the rule and its source. */
  public static String markdown(Trace trace) {
    StringBuilder out = new StringBuilder();
    for (Step step : trace.steps()) {
      out.append("- ")
          .append(escapeMarkdown(step.reason()))
          .append(" → **")
          .append(escapeMarkdown(step.outcome()))
          .append("** <sub>`")
          .append(step.rule())
          .append("` · ")
          .append(escapeMarkdown(step.source()))
          .append("</sub>\n");
    }
    return out.toString();
  }

  /**
   * Escapes the characters that would start Markdown emphasis, code, a link, HTML or a table cell.
   * An underscore inside a word ({@code RETROSPECTIVE_CASE_SERIES}) cannot start emphasis and is
   * left as it is. A line break becomes a space; other control and invisible characters are shown
   * as {@link #printable} shows them.
   */
  public static String escapeMarkdown(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean intraword = c == '_' && i > 0 && i < text.length() - 1
          && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
      if (c == '*' || c == '_' && !intraword || c == '`' || c == '|' || c == '\\' || c == '<' || c == '[') {
        out.append('\\');
      }
      if (c == '\n') {
        out.append(' ');
      } else {
        appendPrintable(out, c);
      }
    }
    return out.toString();
  }

  /**
   * The text with every character that a terminal would act on or that hides what the text says
   * shown as an escape: control characters (escape sequences start with ESC, U+001B, or CSI,
   * U+009B; a carriage return overwrites the line) as <code>&#92;n</code>, <code>&#92;r</code>,
   * <code>&#92;t</code> or <code>&#92;u001B</code>, and the invisible formatting characters
   * (zero-width spaces and joiners, bidirectional overrides and isolates, the byte order mark) as
   * <code>&#92;u202E</code>. Everything else is left as it is. The result is one line.
   */
  public static String printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (needsEscape(text.charAt(i))) {
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (int j = i; j < text.length(); j++) {
          appendPrintable(out, text.charAt(j));
        }
        return out.toString();
      }
    }
    return text;
  }

  private static void appendPrintable(StringBuilder out, char c) {
    if (!needsEscape(c)) {
      out.append(c);
    } else if (c == '\n') {
      out.append("\\n");
    } else if (c == '\r') {
      out.append("\\r");
    } else if (c == '\t') {
      out.append("\\t");
    } else {
      out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
    }
  }

  private static boolean needsEscape(char c) {
    return Character.isISOControl(c)
        || c >= '\u200B' && c <= '\u200F'
        || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2060' && c <= '\u2069'
        || c == '\uFEFF';
  }
}
