package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.evidencegrading.cli.EvidenceGradingCommand;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * A corpus of malformed guideline files (under {@code MalformedInputTest/}, listed in {@code
 * cases.csv} with the message each must produce): every one is rejected with the documented
 * exception, naming the file, the line and column or the field path, and what was expected; the
 * command exits with status 2 and prints no stack trace.
 */
class MalformedInputTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "MalformedInputTest/cases.csv", delimiter = '|')
  void isRejectedWithAClearMessage(String file, int line, String expected) {
    Path path = TestResources.path(getClass(), file);
    assertClear(path, assertThrows(InvalidGuidelineException.class, () -> GuidelineReader.read(path)), line, expected);
  }

  /**
   * The errors of a rejected file: one says {@code expected}, naming the file and, unless {@code
   * line} is 0, the line and a column; each is one line, with a position or a field path, and names
   * no class.
   */
  static void assertClear(Path path, InvalidGuidelineException thrown, int line, String expected) {
    InputError error = thrown.errors().stream()
        .filter(e -> e.message().contains(expected))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error says \"" + expected + "\": " + thrown.errors()));
    assertEquals(path.toString(), error.file().orElseThrow());
    if (line > 0) {
      assertEquals(line, error.line().orElse(0), error::toString);
      assertTrue(error.column().orElse(0) > 0, error::toString);
    }
    for (InputError each : thrown.errors()) {
      assertFalse(each.toString().contains("\n"), "one line: " + each);
      assertTrue(each.line().isPresent() || !each.path().isEmpty() || thrown.errors().size() == 1,
          "a position or a field path: " + each);
      assertFalse(each.message().matches(".*\\b(com|org|java)\\.[a-z]+\\..*"), "no class names: " + each);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "MalformedInputTest/cases.csv", delimiter = '|')
  void makesTheCommandExitWithStatusTwoWithoutAStackTrace(String file, int line, String expected) {
    assertExitsTwo("check", TestResources.path(getClass(), file), expected);
  }

  /** The command run on the file exits with status 2, writes nothing, and says {@code expected} without a stack trace. */
  static void assertExitsTwo(String command, Path file, String expected) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = EvidenceGradingCommand.run(new String[] {command, file.toString()}, new PrintWriter(out), new PrintWriter(err));

    assertEquals(2, status);
    assertEquals("", out.toString());
    assertTrue(err.toString().contains(expected), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
    assertFalse(err.toString().contains("\tat "), err.toString());
  }

  @Test
  void reportsEverySemanticErrorOfAFileNotOnlyTheFirst() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.read(TestResources.path(getClass(), "several-semantic-errors.yaml")));
    assertEquals(List.of(
            "studies[2].id: duplicate study id 'trial-a' (first used at studies[0].id)",
            "questions[0].recommendations[0].appraisals[0].study: study 'trial-x' is not in the bibliography (studies) (did you mean 'trial-a'?)",
            "questions[0].recommendations[0].appraisals[1].study: study 'trial-y' is not in the bibliography (studies) (did you mean 'trial-a'?)",
            "questions[1].id: duplicate question id 'q1' (first used at questions[0].id)"),
        thrown.errors().stream().map(e -> e.path() + ": " + e.message()).toList());
  }

  @Test
  void rejectsAMissingFileAndADirectory(@TempDir Path directory) {
    InvalidGuidelineException missing = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.read(directory.resolve("absent.yaml")));
    assertEquals(directory.resolve("absent.yaml") + ": no such file", missing.getMessage());
    InvalidGuidelineException folder = assertThrows(InvalidGuidelineException.class, () -> GuidelineReader.read(directory));
    assertEquals(directory + ": is a directory, not a guideline file (expected a .yaml, .yml or .json file)", folder.getMessage());
  }

  @Test
  void theCorpusHoldsAtLeastTwentyFiveFiles() throws java.io.IOException {
    try (var files = java.nio.file.Files.list(TestResources.path(getClass(), "cases.csv").getParent())) {
      assertTrue(files.filter(f -> !f.getFileName().toString().equals("cases.csv")).count() >= 25);
    }
  }
}
