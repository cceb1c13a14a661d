package org.evidencegrading.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.GuidelineInfo;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Study;
import org.evidencegrading.testing.ToyRecommendation;
import org.evidencegrading.testing.Verdict;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final CheckReport REPORT = Checker.check(Guideline.builder()
      .guideline(GuidelineInfo.builder().id("toy").title("Toys <script>alert(1)</script> & \"games\"").system("TOY").build())
      .addStudies(Study.builder().id("a").build(), Study.builder().id("b").build())
      .addQuestions(Question.builder()
          .id("q")
          .addRecommendations(
              ToyRecommendation.builder().id("r1").statement("s").addStudies("a").weight(9).published(Verdict.STRONG).build(),
              ToyRecommendation.builder().id("r2").statement("fine").addStudies("a", "b").weight(1).published(Verdict.STRONG).build())
          .build())
      .build());

  private static final String HTML = ReportWriter.render(REPORT, ReportFormat.HTML);

  @Test
  void isOneSelfContainedPageThatLoadsNothing() {
    assertTrue(HTML.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), HTML);
    assertTrue(HTML.endsWith("</html>\n"));
    assertTrue(HTML.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""));
    assertFalse(HTML.contains("<script"), "no script, and the title's is escaped");
    assertFalse(Pattern.compile("(src|href)=\"(?!#)").matcher(HTML).find(), "links only within the page");
    assertFalse(HTML.contains("url("), "no resources from CSS");
  }

  @Test
  void escapesEveryText() {
    assertTrue(HTML.contains("<em>Toys &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;games&quot;</em>"), HTML);
  }

  @Test
  void putsTheSummaryAndTheProblemsFirstEachProblemLinkedToItsPlace() {
    int summary = HTML.indexOf("<caption>Summary</caption>");
    int problems = HTML.indexOf("<h2 id=\"problems\">");
    int first = HTML.indexOf("<section id=\"rec-r1\"");
    assertTrue(summary > 0 && summary < problems && problems < first, HTML);
    assertTrue(HTML.contains("<tbody><tr><td>2</td><td>1</td><td>1</td><td>1</td><td>1</td><td>1</td><td>0</td></tr></tbody>"), HTML);
    Matcher links = Pattern.compile("<th scope=\"row\"><a href=\"#([^\"]+)\">").matcher(HTML);
    int count = 0;
    while (links.find()) {
      assertTrue(HTML.contains(" id=\"" + links.group(1) + "\""), "the target exists: " + links.group(1));
      count++;
    }
    assertEquals(2, count, "one link per problem");
  }

  @Test
  void saysAgreementAndSeverityInWordsNotOnlyInColour() {
    assertTrue(HTML.contains("✖ disagrees"));
    assertTrue(HTML.contains("✔ agrees"));
    assertTrue(HTML.contains("<span class=\"ERROR\">✖ ERROR</span>"));
    assertTrue(HTML.contains("<span class=\"WARNING\">⚠ WARNING</span>"));
  }

  @Test
  void rendersTablesWithCaptionsAndScopedHeaders() {
    assertTrue(HTML.contains("<caption>Studies</caption>\n<thead><tr><th scope=\"col\">study</th><th scope=\"col\">cited</th></tr></thead>"), HTML);
    assertTrue(HTML.contains("<tr><th scope=\"row\">a</th><td>yes</td></tr>"), HTML);
  }

  @Test
  void linksFootnoteMarksToTheirNotesOnly() {
    assertEquals("SERIOUS <sup><a href=\"#t1-n-a\">[a]</a></sup> as in [b]",
        HtmlReport.marks("SERIOUS [a] as in [b]", "t1", java.util.Set.of("a")));
  }

  @Test
  void makesAnchorsOfAnyId() {
    assertEquals("rec-pico-1", HtmlReport.anchor("pico-1"));
    assertEquals("rec-a_20_b_22_", HtmlReport.anchor("a b\""));
  }
}
