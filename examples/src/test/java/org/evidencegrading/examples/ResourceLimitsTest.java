package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evidencegrading.cli.EvidenceGradingCommand;
import org.evidencegrading.cli.generate.SyntheticGuideline;
import org.evidencegrading.system.GradingSystems;
import org.evidencegrading.io.Mappers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading limits hold where they matter: the command, run in its own JVM with a 384 MB heap,
 * checks a 60 MB guideline whole, and rejects a 60 MB text value with a clear message, never running
 * out of memory.
 */
class ResourceLimitsTest {

  @TempDir static Path directory;

  private static final String HEADER = "format: evidence-grading/1\nguideline:\n  id: big\n  system: NASS\n  title: ";

  @BeforeAll
  static void writeInputs() throws IOException {
    try (Writer out = Files.newBufferedWriter(directory.resolve("large.yaml"), StandardCharsets.UTF_8)) {
      SyntheticGuideline.write(GradingSystems.installed().find("NASS").orElseThrow(), 31_000, 8, 7, out);
    }
    write("one-word.yaml", HEADER, "x", 60_000_000, "\nquestions: []\n");
    write("text.yaml", HEADER + "\"", "lorem ipsum ", 5_000_000, "\"\nquestions: []\n");
    write("text.json", "{\"format\": \"evidence-grading/1\", \"guideline\": {\"id\": \"big\", \"system\": \"NASS\", \"title\": \"",
        "x", 60_000_000, "\"}, \"questions\": []}");
  }

  /** Writes {@code head}, {@code times} times {@code repeated}, and {@code tail}, a megabyte at a time (the tests run in 384 MB). */
  private static void write(String name, String head, String repeated, int times, String tail) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8)) {
      out.write(head);
      int perChunk = Math.max(1, 1_000_000 / repeated.length());
      String chunk = repeated.repeat(perChunk);
      for (int written = 0; written < times; written += perChunk) {
        out.write(chunk, 0, Math.min(perChunk, times - written) * repeated.length());
      }
      out.write(tail);
    }
  }

  /** What the command printed and returned, run as {@code java -Xmx384m ... check FILE --format json -o REPORT}. */
  private record Run(int status, String err) {}

  private static Run check(String file) throws IOException, InterruptedException {
    return check(file, "384m");
  }

  private static Run check(String file, String heap) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap,
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        EvidenceGradingCommand.class.getName(),
        "check", directory.resolve(file).toString(), "--format", "json", "-o", directory.resolve(file + ".json").toString()));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), err);
  }

  @Test
  void checksASixtyMegabyteGuidelineWithinA384MegabyteHeap() throws Exception {
    assertTrue(Files.size(directory.resolve("large.yaml")) > 60_000_000L, "the input is over 60 MB");

    Run run = check("large.yaml");

    assertFalse(run.err().contains("OutOfMemoryError"), run.err());
    assertEquals(1, run.status(), run.err()); // read and checked; one recommendation in twenty is published a grade off
    assertEquals(31_000, summary(directory.resolve("large.yaml.json")).get("recommendations").asInt());
  }

  /** The report's summary, read without holding the whole report (the tests run in 384 MB). */
  private static JsonNode summary(Path report) throws IOException {
    try (JsonParser parser = Mappers.json().createParser(report.toFile())) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("summary")) {
          return parser.readValueAsTree();
        }
        parser.skipChildren();
      }
    }
    throw new AssertionError("no summary in " + report);
  }

  @Test
  void rejectsASixtyMegabyteWordOfYamlBeforeParsingIt() throws Exception {
    Run run = check("one-word.yaml");
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("one-word.yaml:5:10: a run of 60000000 characters without white space, more than the YAML limit"),
        run.err());
  }

  @Test
  void rejectsASixtyMegabyteTextValueInYamlAndJson() throws Exception {
    Run yaml = check("text.yaml");
    assertEquals(2, yaml.status(), yaml.err());
    assertTrue(yaml.err().contains("guideline.title: a text value of 60000000 characters is longer than the limit of 16777216"), yaml.err());
    Run json = check("text.json");
    assertEquals(2, json.status(), json.err());
    assertTrue(json.err().contains("guideline.title: a text value is longer than the limit of 16777216 characters"), json.err());
    assertFalse(yaml.err().contains("OutOfMemoryError") || json.err().contains("OutOfMemoryError"));
  }

  /**
   * Regression: running out of memory exited 1, the status for "problems found", with a stack
   * trace: CI could not tell a crash from findings.
   */
  @Test
  void runningOutOfMemoryExitsThreeWithOneLine() throws Exception {
    Run run = check("large.yaml", "32m");
    assertEquals(3, run.status(), run.err());
    assertEquals("evidence-grading: out of memory: give Java more with -Xmx (java -Xmx2g -jar evidence-grading.jar ...)\n",
        run.err());
  }
}
