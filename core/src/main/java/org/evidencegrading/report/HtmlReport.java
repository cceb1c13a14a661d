package org.evidencegrading.report;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencegrading.check.CheckListener;
import org.evidencegrading.check.GuidelineRef;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.check.Summary;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.system.Table;
import org.evidencegrading.trace.Step;

/**
 * The HTML report: one self-contained page (no script, no network: a content security policy
 * forbids loading anything), readable on screen and in print. At the top the guideline, the summary,
 * the problems (each linked to the recommendation, and where a table row names the item, to that
 * row) and a list of the recommendations; then a section per recommendation with its verdict,
 * headlines, the system's tables and the explanation step by step.
 *
 * <p>Semantic tables ({@code caption}, {@code th scope}); every text escaped; agreement and
 * severity said in words and symbols, never by colour alone. Because the summary and the problems
 * come first but are known only at the end of the check, the recommendations' sections are held
 * until then, in a {@link Spool}: in memory up to a bound, beyond it in a temporary file.
 */
final class HtmlReport implements CheckListener {

  /** A footnote mark as {@link org.evidencegrading.system.Footnotes} writes it, after escaping. */
  private static final Pattern MARK = Pattern.compile(" \\[([a-z]{1,3})\\]");

  private static final String STYLE = String.join("\n",
      "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:#1a1a1a;margin:2rem auto;max-width:78rem;padding:0 1rem}",
      "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.3rem;margin-top:2.5rem;border-top:2px solid #888;padding-top:.6rem}",
      "table{border-collapse:collapse;margin:.8rem 0 .4rem;width:100%}caption{text-align:left;font-weight:bold;padding:.3rem 0}",
      "th,td{border:1px solid #999;padding:.3rem .45rem;text-align:left;vertical-align:top}thead th{background:#eee}",
      "tbody th{font-weight:normal}sup a{text-decoration:none}",
      ".verdict{font-weight:bold}.agrees{color:#1b5e20}.disagrees{color:#b71c1c}",
      ".ERROR{color:#b71c1c;font-weight:bold}.WARNING{color:#8a5a00;font-weight:bold}.INFO{color:#0d47a1}",
      ".notes{font-size:.9rem;margin:.2rem 0 1rem;padding-left:1.2rem}.notes li{list-style:none}",
      ".source{color:#555;font-size:.85rem}.meta{color:#444}",
      "@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-before:auto;break-after:avoid}tr{break-inside:avoid}",
      "a{color:inherit;text-decoration:none}thead{display:table-header-group}}");

  private final Writer out;
  private final Spool sections = new Spool();
  private final StringBuilder contents = new StringBuilder();
  /** Anchors of the table rows that name an item, by recommendation and item. */
  private final Map<String, String> itemAnchors = new HashMap<>();
  private GuidelineRef guideline;
  private int tableCount;

  HtmlReport(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(GuidelineRef guideline) {
    this.guideline = guideline;
  }

  @Override
  public void recommendation(RecommendationResult result) throws IOException {
    String anchor = anchor(result.id());
    StringBuilder section = new StringBuilder();
    contents.append("<li><a href=\"#").append(anchor).append("\">").append(escape(result.id())).append("</a> ")
        .append(verdict(result)).append("</li>\n");
    section.append("<section id=\"").append(anchor).append("\" aria-labelledby=\"h-").append(anchor).append("\">\n")
        .append("<h2 id=\"h-").append(anchor).append("\">").append(escape(result.id())).append("</h2>\n")
        .append("<p class=\"meta\">Question <code>").append(escape(result.question())).append("</code> · ")
        .append(verdict(result)).append("</p>\n<ul>\n");
    for (String headline : result.assessment().headlines()) {
      section.append("<li>").append(escape(headline)).append("</li>\n");
    }
    section.append("</ul>\n");
    for (Table table : result.assessment().tables()) {
      table(section, table, result);
    }
    section.append("<h3>Explanation</h3>\n<ol>\n");
    for (Step step : result.trace().steps()) {
      section.append("<li>").append(escape(step.reason())).append(" → <strong>").append(escape(step.outcome()))
          .append("</strong> <span class=\"source\">(").append(escape(step.rule())).append("; ")
          .append(escape(step.source())).append(")</span></li>\n");
    }
    section.append("</ol>\n");
    if (!result.problems().isEmpty()) {
      section.append("<h3>Problems</h3>\n<ul>\n");
      for (Problem problem : result.problems()) {
        section.append("<li>").append(severity(problem.severity())).append(" <code>").append(escape(problem.code()))
            .append("</code>").append(problem.item().map(item -> " (" + escape(item) + ")").orElse(""))
            .append(": ").append(escape(problem.message())).append("</li>\n");
      }
      section.append("</ul>\n");
    }
    section.append("</section>\n");
    sections.append(section);
  }

  @Override
  public void end(ImmutableList<Problem> problems, Summary summary) throws IOException {
    StringBuilder page = new StringBuilder(8192);
    String title = "Check of " + guideline.id();
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
        .append("<header>\n<h1>").append(escape(title)).append("</h1>\n");
    guideline.title().ifPresent(t -> page.append("<p><em>").append(escape(t)).append("</em></p>\n"));
    page.append("<p class=\"meta\">Graded with <strong>").append(escape(guideline.system())).append("</strong>")
        .append(guideline.systemTitle().map(t -> ": " + escape(t)).orElse("")).append("</p>\n</header>\n<main>\n");
    summary(page, summary);
    problems(page, problems);
    page.append("<h2 id=\"recommendations\">Recommendations</h2>\n<ul>\n").append(contents).append("</ul>\n");
    out.write(page.toString());
    sections.copyTo(out);
    out.write("</main>\n</body>\n</html>\n");
    out.flush();
  }

  private static void summary(StringBuilder page, Summary summary) {
    page.append("<table id=\"summary\">\n<caption>Summary</caption>\n<thead><tr>");
    for (String header : List.of("Recommendations", "Agree", "Disagree", "With warnings", "Errors", "Warnings", "Infos")) {
      page.append("<th scope=\"col\">").append(header).append("</th>");
    }
    page.append("</tr></thead>\n<tbody><tr>");
    for (int count : List.of(summary.recommendations(), summary.agreeing(), summary.disagreeing(), summary.withWarnings(),
        summary.errors(), summary.warnings(), summary.infos())) {
      page.append("<td>").append(count).append("</td>");
    }
    page.append("</tr></tbody>\n</table>\n");
  }

  private void problems(StringBuilder page, List<Problem> problems) {
    page.append("<h2 id=\"problems\">Problems</h2>\n");
    if (problems.isEmpty()) {
      page.append("<p>None.</p>\n");
      return;
    }
    page.append("<table id=\"problem-list\">\n<caption>Problems, in file order</caption>\n<thead><tr>")
        .append("<th scope=\"col\">Severity</th><th scope=\"col\">Code</th><th scope=\"col\">At</th><th scope=\"col\">Message</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Problem problem : problems) {
      String target = problem.item().map(item -> itemAnchors.get(problem.at() + "\u0000" + item)).orElse(null);
      page.append("<tr><td>").append(severity(problem.severity())).append("</td><td><code>").append(escape(problem.code()))
          .append("</code></td><th scope=\"row\"><a href=\"#").append(target == null ? anchor(problem.at()) : target).append("\">")
          .append(escape(problem.where())).append("</a></th><td>").append(escape(problem.message())).append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n");
  }

  /**
   * A table: a caption, column headers, each row headed by its first cell, footnote marks as links
   * to the notes below. A row whose first cell names an item of a problem (the item, or the item in
   * parentheses at its end) gets an anchor, the first such row of the recommendation.
   */
  private void table(StringBuilder section, Table table, RecommendationResult result) {
    String id = "t" + ++tableCount;
    section.append("<table id=\"").append(id).append("\">\n<caption>").append(escape(table.title())).append("</caption>\n<thead><tr>");
    for (String header : table.headers()) {
      section.append("<th scope=\"col\">").append(escape(header)).append("</th>");
    }
    section.append("</tr></thead>\n<tbody>\n");
    Set<String> letters = new HashSet<>();
    for (String note : table.notes()) {
      letters.add(note.substring(0, Math.max(0, note.indexOf(':'))));
    }
    for (int r = 0; r < table.rows().size(); r++) {
      ImmutableList<String> row = table.rows().get(r);
      String rowAnchor = rowAnchor(result, row.get(0), id + "-r" + r);
      section.append(rowAnchor == null ? "<tr>" : "<tr id=\"" + rowAnchor + "\">");
      for (int c = 0; c < row.size(); c++) {
        String cell = marks(escape(row.get(c)), id, letters);
        section.append(c == 0 ? "<th scope=\"row\">" + cell + "</th>" : "<td>" + cell + "</td>");
      }
      section.append("</tr>\n");
    }
    section.append("</tbody>\n</table>\n");
    if (!table.notes().isEmpty()) {
      section.append("<ol class=\"notes\">\n");
      for (String note : table.notes()) {
        int colon = note.indexOf(':');
        String letter = colon > 0 ? note.substring(0, colon) : "";
        section.append("<li").append(letter.matches("[a-z]{1,3}") ? " id=\"" + id + "-n-" + letter + "\"" : "").append(">")
            .append(escape(note)).append("</li>\n");
      }
      section.append("</ol>\n");
    }
  }

  /** The anchor for a row naming an item with a problem, if it is the first such row; else null. */
  private String rowAnchor(RecommendationResult result, String firstCell, String candidate) {
    for (Problem problem : result.problems()) {
      if (problem.item().isEmpty()) {
        continue;
      }
      String item = problem.item().get();
      String key = result.id() + "\u0000" + item;
      if ((firstCell.equals(item) || firstCell.endsWith("(" + item + ")")) && !itemAnchors.containsKey(key)) {
        itemAnchors.put(key, candidate);
        return candidate;
      }
    }
    return null;
  }

  /** Footnote marks " [a]" of escaped text as superscript links to the table's notes, where the table has that note. */
  static String marks(String escaped, String tableId, Set<String> letters) {
    Matcher matcher = MARK.matcher(escaped);
    return matcher.replaceAll(match -> letters.contains(match.group(1))
        ? " <sup><a href=\"#" + tableId + "-n-" + match.group(1) + "\">[" + match.group(1) + "]</a></sup>"
        : Matcher.quoteReplacement(match.group()));
  }

  private static String verdict(RecommendationResult result) {
    return result.agrees()
        ? "<span class=\"verdict agrees\">✔ agrees</span>"
        : "<span class=\"verdict disagrees\">✖ disagrees</span>";
  }

  private static String severity(Severity severity) {
    String symbol = switch (severity) {
      case ERROR -> "✖";
      case WARNING -> "⚠";
      case INFO -> "ℹ";
    };
    return "<span class=\"" + severity.name() + "\">" + symbol + " " + severity.name() + "</span>";
  }

  /** An id usable as an HTML anchor and in a URL fragment: letters, digits, '-' kept, others as _hex_. */
  static String anchor(String id) {
    StringBuilder anchor = new StringBuilder("rec-");
    id.codePoints().forEach(c -> {
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
        anchor.appendCodePoint(c);
      } else {
        anchor.append('_').append(Integer.toHexString(c)).append('_');
      }
    });
    return anchor.toString();
  }

  /** Text escaped for HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
