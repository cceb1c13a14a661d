package org.evidencegrading.report;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import org.evidencegrading.system.Table;
import org.evidencegrading.trace.TraceRenderer;

/** Renders {@link Table}s as aligned text or Markdown, for the reports and for other tools' output. */
public final class Tables {

  private Tables() {}

  /** The table as aligned columns, each line starting with {@code indent}. */
  public static String text(Table table, String indent) {
    int[] widths = new int[table.headers().size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = table.headers().get(c).codePointCount(0, table.headers().get(c).length());
      for (ImmutableList<String> row : table.rows()) {
        widths[c] = Math.max(widths[c], row.get(c).codePointCount(0, row.get(c).length()));
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, indent, table.headers(), widths);
    for (ImmutableList<String> row : table.rows()) {
      appendRow(out, indent, row, widths);
    }
    for (String note : table.notes()) {
      out.append(indent).append(note).append('\n');
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String indent, ImmutableList<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      line.append(cell);
      if (c < cells.size() - 1) {
        line.append(Strings.repeat(" ", widths[c] - cell.codePointCount(0, cell.length()) + 2));
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** The table in GitHub-flavoured Markdown. */
  public static String markdown(Table table) {
    StringBuilder out = new StringBuilder("| ");
    out.append(String.join(" | ", table.headers().stream().map(TraceRenderer::escapeMarkdown).toList())).append(" |\n|");
    out.append(" --- |".repeat(table.headers().size())).append('\n');
    for (ImmutableList<String> row : table.rows()) {
      out.append("| ").append(String.join(" | ", row.stream().map(TraceRenderer::escapeMarkdown).toList())).append(" |\n");
    }
    if (!table.notes().isEmpty()) {
      out.append('\n');
      for (String note : table.notes()) {
        out.append("- ").append(TraceRenderer.escapeMarkdown(note)).append('\n');
      }
    }
    return out.toString();
  }
}
