package org.evidencegrading.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceGradingCommandTest {

  @TempDir Path directory;

  /** What a run printed and returned. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = EvidenceGradingCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  private String file(String name) {
    return TestResources.path(getClass(), name).toString();
  }

  @Test
  void exitsZeroWhenNothingDisagrees() {
    Run run = run("check", file("agreeing.yaml"));
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("grade: derived A (for), published A: agrees"), run.out());
    assertTrue(run.out().endsWith("summary: 1 recommendations, 1 agree, 0 disagree, 0 with warnings; 0 errors, 0 warnings, 0 infos\n"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void exitsOneWhenAnErrorProblemIsFound() {
    Run run = run("check", "../examples/guidelines/nass-neoplastic-vertebral-fractures.yaml");
    assertEquals(1, run.status());
    assertTrue(run.out().contains("ERROR LEVEL_MISMATCH at interventional-3a (molloy-2016)"), run.out());
  }

  @Test
  void exitsTwoWithOneLinePerErrorAndNoStackTraceForInvalidInput() {
    Run run = run("check", file("invalid.yaml"));
    assertEquals(2, run.status());
    assertEquals("", run.out());
    String[] lines = run.err().split("\n");
    assertEquals(3, lines.length, run.err());
    assertTrue(lines[0].endsWith("invalid.yaml:12:9: questions[0].recommendations[0].apraisals: unknown field 'apraisals' (did you mean 'appraisals'?)"), lines[0]);
    assertTrue(lines[1].endsWith("invalid.yaml:17:9: questions[0].recommendations[0].outcomes: unknown field 'outcomes':"
        + " it belongs to GRADE recommendations, but the file declares system: NASS"), lines[1]);
    assertEquals("2 errors; nothing was checked.", lines[2]);
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void exitsTwoForAMissingFile() {
    Run run = run("check", "no-such-file.yaml");
    assertEquals(2, run.status());
    assertEquals("no-such-file.yaml: no such file\n", run.err());
  }

  @Test
  void exitsTwoForAWrongCommandLine() {
    assertEquals(2, run("check").status());
    assertEquals(2, run("check", file("agreeing.yaml"), "--format", "pdf").status());
    assertEquals(2, run("frobnicate").status());
    Run none = run();
    assertEquals(2, none.status());
    assertTrue(none.err().contains("a command is required"), none.err());
  }

  @Test
  void writesTheJsonReport() throws IOException {
    Run run = run("check", file("agreeing.yaml"), "--format", "json");
    assertEquals(0, run.status());
    JsonNode json = Mappers.json().readTree(run.out());
    assertEquals("agreeing", json.at("/guideline/id").asText());
    assertEquals("A", json.at("/recommendations/0/derived/grade").asText());
  }

  @Test
  void acceptsTheFormatInAnyCase() {
    assertTrue(run("check", file("agreeing.yaml"), "--format", "MARKDOWN").out().startsWith("# Check of agreeing (NASS)"));
  }

  @Test
  void writesTheReportToAFileWhole() throws IOException {
    Path report = directory.resolve("report.md");
    Files.writeString(report, "old content that must be replaced whole");
    Run run = run("check", file("agreeing.yaml"), "--format", "markdown", "--output", report.toString());
    assertEquals(0, run.status());
    assertEquals("", run.out());
    assertTrue(Files.readString(report, StandardCharsets.UTF_8).startsWith("# Check of agreeing (NASS)"));
    try (var files = Files.list(directory)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void leavesAnExistingReportAloneWhenTheInputIsInvalid() throws IOException {
    Path report = directory.resolve("report.json");
    Files.writeString(report, "previous");
    assertEquals(2, run("check", file("invalid.yaml"), "--output", report.toString()).status());
    assertEquals("previous", Files.readString(report));
  }

  /** Regression: check g.yaml -o g.yaml replaced the guideline with its report. */
  @Test
  void refusesToWriteTheReportOverTheGuidelineItself() throws IOException {
    Path guideline = Files.copy(TestResources.path(getClass(), "agreeing.yaml"), directory.resolve("g.yaml"));
    String before = Files.readString(guideline);
    for (String output : List.of(guideline.toString(), directory.resolve(".").resolve("g.yaml").toString())) {
      Run run = run("check", guideline.toString(), "-o", output);
      assertEquals(2, run.status(), run.err());
      assertEquals("evidence-grading: -o " + output + ": is the input file " + guideline
          + "; refusing to replace it with the output\n", run.err());
    }
    assertEquals(before, Files.readString(guideline));
  }

  /** Regression: -o a directory, a missing directory, / or the empty string printed a stack trace. */
  @Test
  void refusesOutputsThatAreNotFilesInOneLine() {
    assertRefused("-o " + directory + ": is a directory, not a file", directory.toString());
    assertRefused("-o /: is a directory, not a file", "/");
    assertRefused("-o '': is a directory, not a file", "");
    assertRefused("-o " + directory.resolve("missing/r.md") + ": no such directory: " + directory.resolve("missing"),
        directory.resolve("missing/r.md").toString());
  }

  /** Regression: -o replaced a symbolic link with a regular file. */
  @Test
  void refusesToReplaceASymbolicLink() throws IOException {
    Path report = Files.writeString(directory.resolve("report.md"), "kept");
    Path link = Files.createSymbolicLink(directory.resolve("link.md"), report);
    assertRefused("-o " + link + ": is a symbolic link; refusing to replace it (give the path of the file it points to)", link.toString());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("kept", Files.readString(report));
  }

  private void assertRefused(String message, String output) {
    Run run = run("check", file("agreeing.yaml"), "-o", output);
    assertEquals(2, run.status(), run.err());
    assertEquals("evidence-grading: " + message + "\n", run.err());
    assertEquals("", run.out());
  }

  /** Regression: a 0600 report became 0644 when -o replaced it. */
  @Test
  void keepsThePermissionsOfTheReportItReplaces() throws IOException {
    Path report = Files.writeString(directory.resolve("private.md"), "old");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-------"));
    assertEquals(0, run("check", file("agreeing.yaml"), "--format", "markdown", "-o", report.toString()).status());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    assertTrue(Files.readString(report).startsWith("# Check of agreeing"));
  }

  /** Regression: killed runs left hidden temporary files of any name behind, for ever. */
  @Test
  void removesTheTemporaryFilesOfRunsThatNoLongerRun() throws IOException {
    long dead = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1_000_000;
    Path stale = Files.writeString(directory.resolve(".evidence-grading-report.md.tmp-" + dead), "half a report");
    Path live = Files.writeString(directory.resolve(".evidence-grading-report.md.tmp-" + ProcessHandle.current().pid() + "-9"), "in use");
    Path unrelated = Files.writeString(directory.resolve(".evidence-grading-notes.txt"), "not ours");
    assertEquals(0, run("check", file("agreeing.yaml"), "-o", directory.resolve("report.md").toString()).status());
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(live));
    assertTrue(Files.exists(unrelated));
  }

  /** Regression: a failed write (a full disk) printed a stack trace and could leave the temporary file. */
  @Test
  void aFailedWriteLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
    Path report = Files.writeString(directory.resolve("report.md"), "previous");
    IOException failure = assertThrows(IOException.class, () -> Outputs.replace(report, out -> {
      out.write("half a report");
      throw new IOException("No space left on device");
    }));
    assertEquals("cannot write " + report + ": No space left on device", failure.getMessage());
    assertEquals("previous", Files.readString(report));
    try (var files = Files.list(directory)) {
      assertEquals(List.of(report), files.toList());
    }
  }

  /** Regression: check ok.yaml > /dev/full exited 0; a report cut short by a full disk said nothing. */
  @Test
  void exitsThreeWhenStandardOutputCannotBeWritten() {
    StringWriter err = new StringWriter();
    Writer full = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    int status = EvidenceGradingCommand.run(new String[] {"check", file("agreeing.yaml")}, StandardOutput.over(full), new PrintWriter(err, true));
    assertEquals(3, status);
    assertEquals("evidence-grading: cannot write to standard output: No space left on device\n", err.toString());
  }

  /** Regression: picocli's messages echoed the command line's escape sequences to the terminal. */
  @Test
  void showsControlCharactersOfTheCommandLineAsEscapes() {
    Run run = run("check", file("agreeing.yaml"), "--format", "\u001b[2J");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("but was '\\u001B[2J'"), run.err());
    assertFalse(run.err().contains("\u001b"), run.err());
  }

  /** Regression: check --version printed nothing. */
  @Test
  void everyCommandPrintsTheVersion() {
    for (String command : List.of("check", "properties", "generate")) {
      Run version = run(command, "--version");
      assertEquals(0, version.status());
      assertTrue(version.out().matches("evidence-grading \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), command + ": " + version.out());
    }
  }

  @Test
  void printsHelpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("check"), help.out());
    Run checkHelp = run("check", "--help");
    assertEquals(0, checkHelp.status());
    assertTrue(checkHelp.out().contains("--format"), checkHelp.out());
    Run version = run("--version");
    assertEquals(0, version.status());
    assertTrue(version.out().matches("evidence-grading \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), version.out());
  }

  /** Only the subcommand a command line names is built; help and mistakes still see them all. */
  @Test
  void listsEverySubcommandThoughARunBuildsOnlyTheOneItNames() {
    for (Run listing : List.of(run("--help"), run("help"))) {
      for (String command : List.of("check", "import", "convert", "properties", "compare", "generate", "help")) {
        assertTrue(listing.out().contains("\n  " + command + " "), command + ": " + listing.out());
      }
    }
    Run helpOfOne = run("help", "generate");
    assertEquals(0, helpOfOne.status());
    assertTrue(helpOfOne.out().contains("1 to 32000"), helpOfOne.out());
    Run mistake = run("chek", "x.yaml");
    assertEquals(2, mistake.status());
    assertEquals("evidence-grading: Unmatched arguments from index 0: 'chek', 'x.yaml'\nTry 'evidence-grading --help' for usage.\n",
        mistake.err());
  }

  @Test
  void validatesTheNassPropertiesAndExitsZero() throws IOException {
    Run run = run("properties", "--system", "NASS", "--max-studies", "2", "--format", "json");
    assertEquals(0, run.status(), run.err());
    JsonNode json = Mappers.json().readTree(run.out());
    assertEquals("NASS", json.get("system").asText());
    JsonNode first = json.at("/properties/0");
    assertEquals("determinism", first.get("name").asText());
    assertTrue(first.get("description").asText().length() > 10);
    // multisets of 0 to 2 of the 15 kinds of study: 1 + 15 + 120
    assertEquals(136, first.get("cases").asInt());
    assertEquals(0, first.get("counterexamples").size());
  }

  @Test
  void printsThePropertiesAsText() {
    Run run = run("properties", "--system", "NASS", "--max-studies", "1");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("  holds single-study-gives-I (16 cases): a single study"), run.out());
    assertTrue(run.out().endsWith("27 properties: 27 hold, 0 fail\n"), run.out());
  }

  @Test
  void refusesAnUnknownSystemOrAnUnboundedSpace() {
    Run unknown = run("properties", "--system", "FOO");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("unknown system 'FOO' (expected one of: GRADE, NASS)"), unknown.err());
    assertEquals(2, run("properties", "--system", "NASS", "--max-studies", "9").status());
    assertEquals(2, run("properties").status());
  }

  @Test
  void generatesTheSameValidGuidelineForTheSameSeed() throws IOException {
    Path first = directory.resolve("first.yaml");
    Path second = directory.resolve("second.yaml");
    assertEquals(0, run("generate", "--system", "GRADE", "--recommendations", "30", "--seed", "4", "-o", first.toString()).status());
    assertEquals(0, run("generate", "--system", "GRADE", "--recommendations", "30", "--seed", "4", "-o", second.toString()).status());
    assertEquals(Files.readString(first), Files.readString(second));
    Run check = run("check", first.toString(), "--format", "json");
    assertTrue(check.status() <= 1, check.err());
    assertEquals(30, Mappers.json().readTree(check.out()).at("/summary/recommendations").asInt());
  }

  /**
   * Regression: generate --evidence 100000 never finished, --recommendations 100000000 would have
   * written about 195 GB, and properties --max-studies 7 ran for over 15 minutes though the help
   * offered up to 8. Each is refused now, and the help says the bounds.
   */
  @Test
  void refusesArgumentsBeyondWhatFinishesOrWhatCheckReads() {
    Path target = directory.resolve("never.yaml");
    Run recommendations = run("generate", "--system", "NASS", "--recommendations", "100000000", "-o", target.toString());
    assertEquals(2, recommendations.status());
    assertTrue(recommendations.err().startsWith("evidence-grading: at most 32000 recommendations with at most 50 studies or"
        + " outcomes each, not 100000000 with 8\n"), recommendations.err());
    assertEquals(2, run("generate", "--system", "NASS", "--recommendations", "1", "--evidence", "100000").status());
    Run total = run("generate", "--system", "GRADE", "--recommendations", "20000");
    assertEquals(2, total.status());
    assertTrue(total.err().startsWith("evidence-grading: 20000 recommendations with 5 outcomes each make 100000, more than the"
        + " 96000 that fit in a file check reads (64 MiB)\n"), total.err());
    assertFalse(Files.exists(target));
    assertEquals("evidence-grading: --max-studies must be 1 to 6, not 7\nTry 'evidence-grading properties --help' for usage.\n",
        run("properties", "--system", "NASS", "--max-studies", "7").err());
    assertTrue(run("generate", "--help").out().contains("1 to 32000"));
    assertTrue(run("properties", "--help").out().contains("1 to 6"));
  }

  @Test
  void refusesToGenerateForAnUnknownSystemAndWritesNothing() {
    Path target = directory.resolve("never.yaml");
    Run run = run("generate", "--system", "CEBM", "--recommendations", "3", "-o", target.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("unknown system 'CEBM' (expected one of: GRADE, NASS)"), run.err());
    assertFalse(Files.exists(target));
    assertEquals(2, run("generate", "--system", "NASS", "--recommendations", "0").status());
  }
}
