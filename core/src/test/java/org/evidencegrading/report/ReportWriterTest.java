package org.evidencegrading.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.GuidelineInfo;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Study;
import org.evidencegrading.testing.ToyRecommendation;
import org.evidencegrading.testing.Verdict;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

  private static final CheckReport REPORT = Checker.check(Guideline.builder()
      .guideline(GuidelineInfo.builder().id("toy").title("Toys | games").system("TOY").build())
      .addStudies(Study.builder().id("a").build())
      .addQuestions(Question.builder()
          .id("q")
          .addRecommendations(ToyRecommendation.builder().id("r").statement("s").addStudies("a").weight(9).published(Verdict.STRONG).build())
          .build())
      .build());

  @Test
  void writesTheJsonReportOfTheFileFormat() throws IOException {
    JsonNode json = Mappers.json().readTree(ReportWriter.render(REPORT, ReportFormat.JSON));

    assertEquals(List.of("guideline", "recommendations", "problems", "summary"), fieldNames(json));
    assertEquals("toy", json.at("/guideline/id").asText());
    assertEquals("TOY", json.at("/guideline/system").asText());
    JsonNode recommendation = json.at("/recommendations/0");
    assertEquals(List.of("id", "question", "derived", "published", "agrees", "explanation", "trace", "studies"), fieldNames(recommendation));
    assertEquals("q", recommendation.get("question").asText());
    assertEquals(false, recommendation.get("agrees").asBoolean());
    assertEquals("1 studies cited -> WEAK", recommendation.at("/explanation/0").asText());
    assertEquals("toy.count", recommendation.at("/trace/0/rule").asText());
    assertEquals(List.of("severity", "code", "at", "message"), fieldNames(json.at("/problems/0")));
    assertEquals("VERDICT_MISMATCH", json.at("/problems/0/code").asText());
    assertEquals(List.of("recommendations", "agreeing", "disagreeing", "withWarnings", "errors", "warnings", "infos"), fieldNames(json.get("summary")));
    assertEquals(1, json.at("/summary/errors").asInt());
    assertEquals(1, json.at("/summary/warnings").asInt());
  }

  @Test
  void writesReadableText() {
    String text = ReportWriter.render(REPORT, ReportFormat.TEXT);
    assertEquals(String.join("\n",
        "Guideline toy (TOY): Toys | games",
        "",
        "r (question q)",
        "  verdict: derived WEAK, published STRONG",
        "  explanation:",
        "    - 1 studies cited -> WEAK",
        "  sources: the toy rules, rule 1",
        "  studies:",
        "    study  cited",
        "    a      yes",
        "",
        "problems:",
        "  ERROR VERDICT_MISMATCH at r: derived WEAK but published STRONG",
        "  WARNING HEAVY at r: weighs 9",
        "",
        "summary: 1 recommendations, 0 agree, 1 disagree, 1 with warnings; 1 errors, 1 warnings, 0 infos",
        ""), text);
  }

  @Test
  void writesMarkdownWithTablesEscaped() {
    String markdown = ReportWriter.render(REPORT, ReportFormat.MARKDOWN);
    assertTrue(markdown.startsWith("# Check of toy (TOY)\n\n*Toys \\| games*\n\n## r\n"), markdown);
    assertTrue(markdown.endsWith("## Summary\n\n| Recommendations | Agree | Disagree | With warnings | Errors | Warnings | Infos |\n"
        + "| --- | --- | --- | --- | --- | --- | --- |\n| 1 | 0 | 1 | 1 | 1 | 1 | 0 |\n"), markdown);
    assertTrue(markdown.contains("\n## r\n\nQuestion `q`\n\n- verdict: derived WEAK, published STRONG\n"), markdown);
    assertTrue(markdown.contains("**Studies**\n\n| study | cited |\n| --- | --- |\n| a | yes |\n"), markdown);
    assertTrue(markdown.contains("| ERROR | VERDICT_MISMATCH | r | derived WEAK but published STRONG |"), markdown);
  }

  private static final CheckReport HOSTILE = Checker.check(Guideline.builder()
      .guideline(GuidelineInfo.builder().id("toy").title("\u001b[2J<script>alert(1)</script>\u202e").system("TOY").build())
      .addStudies(Study.builder().id("a").build())
      .addQuestions(Question.builder()
          .id("q")
          .addRecommendations(ToyRecommendation.builder().id("r").statement("s").addStudies("a").weight(1).build())
          .build())
      .build());

  /** Regression: escape sequences in texts of the guideline reached the terminal raw. */
  @Test
  void theTextReportShowsControlCharactersAsEscapes() {
    String text = ReportWriter.render(HOSTILE, ReportFormat.TEXT);
    assertTrue(text.startsWith("Guideline toy (TOY): \\u001B[2J<script>alert(1)</script>\\u202E\n"), text);
    assertFalse(text.contains("\u001b") || text.contains("\u202e"), text);
  }

  /** Regression: texts of the guideline reached the Markdown report as raw HTML. */
  @Test
  void theMarkdownReportEscapesHtmlAndControlCharacters() {
    String markdown = ReportWriter.render(HOSTILE, ReportFormat.MARKDOWN);
    assertTrue(markdown.startsWith("# Check of toy (TOY)\n\n*\\u001B\\[2J\\<script>alert(1)\\</script>\\u202E*\n"), markdown);
    assertFalse(markdown.contains("\u001b") || markdown.matches("(?s).*[^\\\\]</?script.*"), markdown);
  }

  /** Regression: C1 controls and bidirectional overrides reached terminals through the JSON report. */
  @Test
  void theJsonReportEscapesControlAndInvisibleCharacters() throws IOException {
    String json = ReportWriter.render(HOSTILE, ReportFormat.JSON);
    assertFalse(json.contains("\u001b") || json.contains("\u202e") || json.contains("\u009b"), json);
    assertEquals("\u001b[2J<script>alert(1)</script>\u202e", Mappers.json().readTree(json).at("/guideline/title").asText());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void leavesFhirToTheModuleThatWritesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportWriter.render(REPORT, ReportFormat.FHIR));
    assertTrue(e.getMessage().contains("FhirBundles.listener(guideline, out)"), e.getMessage());
  }
}
