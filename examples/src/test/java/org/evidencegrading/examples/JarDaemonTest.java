package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background JVM that serves {@code java -jar evidence-grading.jar check} after the first check
 * ({@code cli.Daemon}): the same report, errors and exit status as one JVM gives, relative paths
 * taken from the folder the check runs in, and no check served that it should not serve. Run after
 * the jar is built, each test with a cache folder of its own; the background JVMs a test started
 * are stopped after it.
 */
class JarDaemonTest {

  private static final Path JAR = Path.of(System.getProperty("evidencegrading.jar", "target/evidence-grading.jar"));
  private static final Path NASS = Path.of("guidelines/nass-neoplastic-vertebral-fractures.yaml");
  private static final Pattern PID = Pattern.compile("pid (\\d+) serves checks");

  /** Waiting for a JVM to start or stop: a guard against a hung process, not a measurement. */
  private static final long PATIENCE_SECONDS = 120;

  @TempDir Path directory;
  private Path cache;
  private Path work;

  @BeforeEach
  void aFolderWithTheNassGuideline() throws IOException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: this test runs after mvn package");
    cache = directory.resolve("cache");
    work = Files.createDirectories(directory.resolve("work"));
    Files.copy(NASS, work.resolve("nass.yaml"));
  }

  @AfterEach
  void stopTheBackgroundJvms() throws Exception {
    List<ProcessHandle> started = ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine()
            .map(line -> line.contains("org.evidencegrading.cli.Daemon") && line.contains(cache.toString()))
            .orElse(false))
        .toList();
    for (ProcessHandle process : started) {
      process.destroy();
      process.onExit().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }
  }

  private record Run(int status, String out, String err) {}

  /** {@code java -jar} with these arguments in this folder, with the test's cache and these variables only of the tool's. */
  private ProcessBuilder java(Path folder, Map<String, String> environment, String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("EVIDENCE_GRADING_"));
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().putAll(environment);
    return builder;
  }

  private Run run(Path folder, Map<String, String> environment, String... args) throws IOException, InterruptedException {
    Process process = java(folder, environment, args).start();
    process.getOutputStream().close();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    String out = read(process.getInputStream());
    return new Run(process.waitFor(), out, err.join());
  }

  /** {@code java -jar} with these arguments in the test's folder, its output left for the caller to read. */
  private Process client(String... args) throws IOException {
    return java(work, Map.of(), args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private Run run(Path folder, String... args) throws IOException, InterruptedException {
    return run(folder, Map.of(), args);
  }

  /** The same command in the JVM {@code java -jar} starts, with the JVM's defaults. */
  private Run direct(Path folder, String... args) throws IOException, InterruptedException {
    return run(folder, Map.of("EVIDENCE_GRADING_JVM", "direct"), args);
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Path> files(String glob) throws IOException {
    Path folder = cache.resolve("evidence-grading");
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (var entries = Files.newDirectoryStream(folder, glob)) {
        entries.forEach(found::add);
      }
    }
    return found;
  }

  /**
   * Checks the NASS guideline in the folder twice, which starts a background JVM (a folder checked
   * once gets none), and waits until it listens; its log.
   */
  private Path startBackgroundJvm(Path folder) throws Exception {
    assertEquals(1, run(folder, "check", "nass.yaml").status());
    assertEquals(1, run(folder, "check", "nass.yaml").status());
    return awaitListening(folder);
  }

  /** Waits until a background JVM listens for checks in this folder; its log. */
  private Path awaitListening(Path folder) throws Exception {
    String serving = "serves checks in " + folder.toRealPath() + " on ";
    for (int tenths = 0; tenths < PATIENCE_SECONDS * 10; tenths++) {
      for (Path log : files("daemon-*.log")) {
        try {
          if (Files.readString(log).contains(serving)) {
            return log;
          }
        } catch (NoSuchFileException e) {
          // the log of a background JVM that stopped
        }
      }
      Thread.sleep(100); // waiting for it to start, not a measurement
    }
    fail("no background JVM listens for checks in " + folder + ": " + files("daemon-*"));
    throw new AssertionError();
  }

  private static ProcessHandle process(Path log) throws IOException {
    Matcher pid = PID.matcher(Files.readString(log));
    assertTrue(pid.find(), log + " names no process");
    return ProcessHandle.of(Long.parseLong(pid.group(1))).orElseThrow(() -> new AssertionError("the background JVM is not running"));
  }

  private static List<String> served(Path log) throws IOException {
    try (Stream<String> lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(" ran check ")).toList();
    }
  }

  @Test
  void checksAfterTheFirstAreServedAndSayWhatOneJvmSays() throws Exception {
    Run first = run(work, "check", "nass.yaml");
    assertEquals(1, first.status(), first.err());
    Path log = startBackgroundJvm(work);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)), "it holds the checks' arguments");

    Run text = run(work, "check", "nass.yaml");
    Run json = run(work, "check", "nass.yaml", "--format", "json");
    Run missing = run(work, "check", "no-such-file.yaml");
    Run wrong = run(work, "check", "nass.yaml", "--format", "pdf");
    assertEquals(4, served(log).size(), Files.readString(log));

    Run directText = direct(work, "check", "nass.yaml");
    assertEquals(new Run(1, directText.out(), ""), text);
    assertEquals(first, text, "the same report as the check that started the background JVM");
    assertTrue(text.out().contains("summary: 20 recommendations"), text.out());
    assertEquals(direct(work, "check", "nass.yaml", "--format", "json"), json);
    Run directMissing = direct(work, "check", "no-such-file.yaml");
    assertEquals(2, missing.status());
    assertTrue(missing.err().startsWith("no-such-file.yaml: "), missing.err());
    assertEquals(directMissing, missing);
    assertEquals(2, wrong.status());
    assertEquals(direct(work, "check", "nass.yaml", "--format", "pdf"), wrong);
  }

  @Test
  void aReportIsWrittenWhereTheCheckRunsNotWhereTheBackgroundJvmDoes() throws Exception {
    Path log = startBackgroundJvm(work);
    Run written = run(work, "check", "nass.yaml", "--format", "json", "-o", "report.json");
    assertEquals(new Run(1, "", ""), written);
    assertEquals(1, served(log).size(), Files.readString(log));
    assertEquals(direct(work, "check", "nass.yaml", "--format", "json").out(), Files.readString(work.resolve("report.json")));
    assertEquals(2, run(work, "check", "nass.yaml", "-o", "nass.yaml").status(), "the guideline is still refused as the report");
  }

  @Test
  void aCheckInAnotherFolderHasABackgroundJvmOfItsOwn() throws Exception {
    Path first = startBackgroundJvm(work);
    Path other = Files.createDirectories(directory.resolve("other"));
    Files.copy(NASS, other.resolve("nass.yaml"));
    Path second = startBackgroundJvm(other);
    assertFalse(first.equals(second));
    assertEquals(direct(other, "check", "nass.yaml"), run(other, "check", "nass.yaml"));
    assertEquals(List.of(), served(first));
    assertEquals(1, served(second).size());
  }

  @Test
  void aFolderMadeAgainUnderTheSameNameIsNotServedByTheJvmOfTheOldOne() throws Exception {
    ProcessHandle old = process(startBackgroundJvm(work));
    Files.delete(work.resolve("nass.yaml"));
    Files.delete(work);
    Files.createDirectory(work);
    Files.copy(NASS, work.resolve("nass.yaml"));
    Run again = run(work, "check", "nass.yaml");
    assertEquals(direct(work, "check", "nass.yaml"), again, "the check ran here: the old JVM's relative paths name a removed folder");
    old.onExit().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertFalse(old.isAlive());
  }

  @Test
  void removingItsSocketStopsTheBackgroundJvm() throws Exception {
    ProcessHandle process = process(startBackgroundJvm(work));
    Files.delete(files("daemon-*.sock").get(0));
    process.onExit().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertFalse(process.isAlive());
    assertEquals(List.of(), files("daemon-*"), "it leaves nothing behind");
  }

  @Test
  void aBackgroundJvmThatIsKilledLeavesNothingBehind() throws Exception {
    ProcessHandle process = process(startBackgroundJvm(work));
    process.destroy();
    process.onExit().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertEquals(List.of(), files("daemon-*"));
    assertEquals(direct(work, "check", "nass.yaml"), run(work, "check", "nass.yaml"), "the next check runs without it");
  }

  @Test
  void aClientKilledDuringACheckLeavesTheBackgroundJvmFreeToStop() throws Exception {
    // It stayed marked busy after the failed check, so it would never have stopped: not when idle,
    // not when its socket was removed.
    assertEquals(0, direct(work, "generate", "--system", "NASS", "--recommendations", "3000", "-o", "large.yaml").status());
    Path log = startBackgroundJvm(work);
    ProcessHandle background = process(log);
    Process client = client("check", "large.yaml");
    assertTrue(client.getInputStream().read() >= 0, "the report has begun"); // then nobody reads it: the check waits
    client.destroyForcibly();
    client.waitFor();

    for (int tenths = 0; tenths < PATIENCE_SECONDS * 10 && !Files.readString(log).contains("a check failed"); tenths++) {
      Thread.sleep(100); // waiting for the check to fail on the closed socket, not a measurement
    }
    assertTrue(Files.readString(log).contains("a check failed"), Files.readString(log));
    Files.delete(files("daemon-*.sock").get(0));
    background.onExit().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertFalse(background.isAlive());
  }

  @Test
  void aCheckDoesNotWaitForOneTheBackgroundJvmCannotFinish() throws Exception {
    assertEquals(0, direct(work, "generate", "--system", "NASS", "--recommendations", "3000", "-o", "large.yaml").status());
    Path log = startBackgroundJvm(work);
    Process stuck = client("check", "large.yaml");
    try {
      assertTrue(stuck.getInputStream().read() >= 0, "the report has begun"); // then nobody reads it, as a pager that waits
      assertEquals(direct(work, "check", "nass.yaml", "--format", "json"), run(work, "check", "nass.yaml", "--format", "json"),
          "run as if there were no background JVM");
      assertEquals(List.of(), served(log), "the stuck check has not finished, and the other was not served");
    } finally {
      stuck.destroyForcibly();
    }
  }

  @Test
  void aFolderCheckedOnceGetsNone() throws Exception {
    assertEquals(1, run(work, "check", "nass.yaml").status());
    assertEquals(List.of(), files("daemon-*.log"), "none was started");
    assertEquals(1, files("daemon-*.wanted").size(), "the next check starts one");
  }

  @Test
  void offOrDebugRunEveryCheckWithoutOne() throws Exception {
    assertEquals(1, run(work, Map.of("EVIDENCE_GRADING_DAEMON", "off"), "check", "nass.yaml").status());
    assertEquals(1, run(work, Map.of("EVIDENCE_GRADING_DEBUG", "1"), "check", "nass.yaml").status());
    assertEquals(0, run(work, "convert", "nass.yaml", "-o", "nass.json").status());
    assertEquals(List.of(), files("daemon-*"), "none was started");
  }
}
