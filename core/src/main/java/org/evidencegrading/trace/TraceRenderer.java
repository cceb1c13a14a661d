package org.evidencegrading.trace;

import com.google.common.collect.ImmutableList;

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
   * left as it is.
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
      out.append(c == '\n' ? ' ' : c);
    }
    return out.toString();
  }
}
