package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.evidencegrading.check.Checker;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: Debian's headless Chromium (package {@code chromium}, which
 * {@code .ci/run} installs) renders the reports of the fixtures; the test reads the DOM Chromium built
 * and a screenshot it took. Without Chromium the tests fail, saying how to install it.
 */
class HtmlReportBrowserTest {

  private static final String INSTALL = "these tests need Debian's headless Chromium: apt-get update && apt-get install -y chromium"
      + " (.ci/run installs it when missing)";

  @TempDir static Path directory;

  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    chromium = onPath("chromium").orElse(null);
  }

  private static Optional<Path> onPath(String name) {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Runs Chromium headless on a page with the given extra arguments; returns what it printed. */
  private static String chromium(Path page, String... arguments) throws IOException, InterruptedException {
    if (chromium == null) {
      fail(INSTALL);
    }
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(directory, "profile")));
    command.addAll(List.of(arguments));
    command.add(page.toUri().toString());
    Path output = Files.createTempFile(directory, "chromium", ".out");
    Process process = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(output.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    // A guard against a hung browser, not a measurement.
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("Chromium did not finish on " + page);
    }
    assertEquals(0, process.exitValue(), "Chromium's exit status on " + page);
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  private static Path report(Path guideline, String name) throws IOException {
    Path page = directory.resolve(name + ".html");
    Files.writeString(page, ReportWriter.render(Checker.check(guideline), ReportFormat.HTML));
    return page;
  }

  private static int count(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  @Test
  void rendersTheSummaryOfFindingsOfAGradeFixtureWithEffectData() throws Exception {
    String dom = chromium(report(Path.of("guidelines/cochrane-compression-stockings.yaml"), "stockings"), "--dump-dom");

    assertTrue(dom.contains("<caption>Summary of findings</caption>"), dom);
    String summary = dom.substring(dom.indexOf("<caption>Summary of findings</caption>"));
    summary = summary.substring(0, summary.indexOf("</table>"));
    assertEquals(4, count(summary, "<tr><th scope=\"row\">"), summary);
    assertTrue(summary.contains("<td>1 per 1000 (0 to 3)</td>"), summary);
    assertTrue(summary.contains("<td>6 per 1000 (2 to 15)</td>"), summary);
    assertTrue(summary.contains("<td>RR 0.45 (0.18 to 1.13)</td>"), summary);
    assertTrue(summary.contains("<td>MD 4.7 lower (4.9 lower to 4.5 lower)</td>"), summary);
    assertTrue(dom.contains("<caption>Evidence profile</caption>"), dom);
  }

  @Test
  void rendersTheEvidenceTablesOfTheNassFixtureWithEveryProblemLinkedToAPlaceOnThePage() throws Exception {
    String dom = chromium(report(Path.of("guidelines/nass-neoplastic-vertebral-fractures.yaml"), "nass"), "--dump-dom");

    assertEquals(20, count(dom, "<section id=\"rec-"), "a section per recommendation");
    assertEquals(20, count(dom, "<caption>Evidence table</caption>"), "an evidence table per graded recommendation");
    assertEquals(69, count(dom, "<tr(?: id=\"[^\"]+\")?><th scope=\"row\">[^<]+</th><td>(THERAPEUTIC|PROGNOSTIC|DIAGNOSTIC|ECONOMIC)(?: <sup><a href=\"[^\"]+\">\\[[a-z]+\\]</a></sup>)*</td>"),
        "a row per appraisal");
    Set<String> ids = new HashSet<>();
    Matcher idMatcher = Pattern.compile(" id=\"([^\"]+)\"").matcher(dom);
    while (idMatcher.find()) {
      ids.add(idMatcher.group(1));
    }
    Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(dom);
    int count = 0;
    while (links.find()) {
      assertTrue(ids.contains(links.group(1)), "a link to a place on the page: " + links.group(1));
      count++;
    }
    assertTrue(count > 20, "links: " + count);
    assertTrue(dom.contains("href=\"#t"), "the level mismatches link to their appraisal's row");
  }

  @Test
  void showsAStatementHoldingMarkupAsText() throws Exception {
    Path guideline = directory.resolve("markup.yaml");
    Files.writeString(guideline, String.join("\n",
        "format: evidence-grading/1",
        "guideline: {id: markup, title: \"<img src=x onerror=alert(1)>\", system: NASS}",
        "studies: [{id: trial-a}, {id: trial-b}]",
        "questions:",
        "  - id: q1",
        "    recommendations:",
        "      - id: q1a",
        "        statement: \"<script>document.title='owned'</script> X is recommended.\"",
        "        published: {grade: A}",
        "        appraisals:",
        "          - {study: trial-a, studyType: THERAPEUTIC, design: RCT, finding: SUPPORTS}",
        "          - {study: trial-b, studyType: THERAPEUTIC, design: RCT, finding: SUPPORTS}",
        ""));
    GuidelineReader.read(Files.readString(guideline), DocumentFormat.YAML, "markup.yaml");

    String dom = chromium(report(guideline, "markup"), "--dump-dom");

    assertTrue(dom.contains("&lt;script&gt;document.title='owned'&lt;/script&gt; X is recommended."), dom);
    assertTrue(dom.contains("&lt;img src=x onerror=alert(1)&gt;"), dom);
    assertFalse(dom.contains("<script"), dom);
    assertFalse(dom.contains("<img"), dom);
    assertTrue(dom.contains("<title>Check of markup</title>"), "the script did not run: " + dom);
  }

  @Test
  void takesANonEmptyScreenshot() throws Exception {
    Path page = report(Path.of("guidelines/cochrane-compression-stockings.yaml"), "screenshot");
    Path png = directory.resolve("report.png");

    chromium(page, "--screenshot=" + png, "--window-size=1280,1600", "--hide-scrollbars");

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    assertEquals(1600, image.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 10, "the page shows something, not one colour: " + colours.size() + " colours");
  }
}
