package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar evidence-grading.jar}, as the README runs it: the jar's launcher starts a second
 * JVM with flags for a short run and a class-data-sharing archive it makes on the first check. Run
 * by Maven after the jar is built (the {@code jar} execution of surefire, in the integration-test
 * phase). Each test has a cache folder of its own ({@code XDG_CACHE_HOME}), and no background JVM
 * serves its checks ({@code JarDaemonTest} tests those).
 */
class JarLauncherTest {

  private static final Path JAR = Path.of(System.getProperty("evidencegrading.jar", "target/evidence-grading.jar"));
  private static final String NASS = "guidelines/nass-neoplastic-vertebral-fractures.yaml";

  @TempDir Path directory;
  private Path cache;

  @BeforeEach
  void jarIsBuilt() {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: this test runs after mvn package");
    cache = directory.resolve("cache");
  }

  private record Run(int status, String out, String err) {}

  /** Runs {@code java [jvmOptions] -jar evidence-grading.jar args} with this test's cache and these variables. */
  private Run run(List<String> jvmOptions, Map<String, String> environment, String... args) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command(jvmOptions, args));
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("EVIDENCE_GRADING_DAEMON", "off"); // the background JVM is JarDaemonTest's
    builder.environment().putAll(environment);
    Process process = builder.start();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    String out = read(process.getInputStream());
    return new Run(process.waitFor(), out, err.join());
  }

  private Run run(String... args) throws IOException, InterruptedException {
    return run(List.of(), Map.of(), args);
  }

  private Run debug(String... args) throws IOException, InterruptedException {
    return run(List.of(), Map.of("EVIDENCE_GRADING_DEBUG", "1"), args);
  }

  private Run direct(String... args) throws IOException, InterruptedException {
    return run(List.of(), Map.of("EVIDENCE_GRADING_JVM", "direct"), args);
  }

  private static List<String> command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Path> cached() throws IOException {
    Path folder = cache.resolve("evidence-grading");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  @Test
  void theFirstCheckMakesTheArchiveAndLaterChecksUseIt() throws Exception {
    Run first = debug("check", NASS);
    assertEquals(1, first.status(), first.err());
    assertTrue(first.err().contains("-XX:ArchiveClassesAtExit="), first.err());
    List<Path> archives = cached();
    assertEquals(1, archives.size(), archives.toString());
    assertTrue(archives.get(0).getFileName().toString().endsWith(".jsa"), "the temporary name is gone: " + archives);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archives.get(0).getParent())));

    Run second = debug("check", NASS);
    assertEquals(1, second.status());
    assertTrue(second.err().contains("-XX:SharedArchiveFile=" + archives.get(0)), second.err());
    assertEquals(archives, cached());

    Run direct = direct("check", NASS);
    assertEquals(first.out(), direct.out(), "the same report, whichever JVM made it");
    assertEquals(second.out(), direct.out());
    assertTrue(direct.out().contains("summary: 20 recommendations"), direct.out());
  }

  @Test
  void aReportOnStandardOutputHasNothingOfTheJvmInIt() throws Exception {
    // The first check writes the archive as its JVM exits; the JVM's notes on classes it cannot
    // archive went to standard output, after the report.
    Run first = run("check", NASS, "--format", "json");
    assertEquals(1, first.status(), first.err());
    JsonNode report = new ObjectMapper().readTree(first.out());
    assertEquals(20, report.path("summary").path("recommendations").asInt(), first.out());
    assertEquals("", first.err());
    assertEquals(1, cached().size());
  }

  @Test
  void badInputGetsTheSameLineAndExitStatusAsInOneJvm() throws Exception {
    Run launched = run("check", "no-such-file.yaml");
    Run direct = direct("check", "no-such-file.yaml");
    assertEquals(2, launched.status());
    assertEquals(direct.err(), launched.err());
    assertTrue(launched.err().startsWith("no-such-file.yaml: "), launched.err());
    assertEquals(List.of(), cached(), "only a check that ran through is worth an archive");
  }

  @Test
  void jvmOptionsOrDirectRunTheCommandInTheJvmGiven() throws Exception {
    Run withOptions = run(List.of("-Xmx300m"), Map.of("EVIDENCE_GRADING_DEBUG", "1"), "check", NASS);
    assertEquals(1, withOptions.status());
    assertFalse(withOptions.err().contains("running"), withOptions.err());
    Run direct = run(List.of(), Map.of("EVIDENCE_GRADING_DEBUG", "1", "EVIDENCE_GRADING_JVM", "direct"), "check", NASS);
    assertEquals(1, direct.status());
    assertFalse(direct.err().contains("running"), direct.err());
    Run toolOptions = run(List.of(), Map.of("EVIDENCE_GRADING_DEBUG", "1", "JAVA_TOOL_OPTIONS", "-Xss2m"), "check", NASS);
    assertEquals(1, toolOptions.status());
    assertFalse(toolOptions.err().contains("running"), toolOptions.err());
    assertEquals(withOptions.out(), direct.out());
    assertEquals(List.of(), cached());
  }

  @Test
  void aCacheFolderOthersMayWriteToIsNotUsed() throws Exception {
    Path folder = Files.createDirectories(cache.resolve("evidence-grading"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
    Run run = debug("check", NASS);
    assertEquals(1, run.status());
    assertTrue(run.err().contains("running"), "still run in a second JVM, without an archive: " + run.err());
    assertFalse(run.err().contains("Archive"), run.err());
    assertEquals(List.of(), cached());
  }

  @Test
  void anArchiveOfAnEarlierJarIsRemovedWhenTheNewOneIsKept() throws Exception {
    assertEquals(1, run("check", NASS).status());
    Path archive = cached().get(0);
    String name = archive.getFileName().toString();
    Path stale = archive.resolveSibling(name.substring(0, name.lastIndexOf('-') + 1) + "00000000.jsa");
    Files.move(archive, stale);
    Files.writeString(archive.resolveSibling("evidence-grading-other.jsa"), "another jar's");

    assertEquals(1, run("check", NASS).status());
    assertEquals(List.of(archive, archive.resolveSibling("evidence-grading-other.jsa")), cached());
  }

  @Test
  void theCacheKeepsTheEightNewestArchives() throws Exception {
    Path folder = Files.createDirectories(cache.resolve("evidence-grading"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    List<Path> others = new ArrayList<>();
    for (int days = 9; days >= 1; days--) {
      // archives of the jar run from nine other folders, the oldest nine days old
      Path other = Files.writeString(folder.resolve("evidence-grading-0000000" + days + "-00000000.jsa"), "an archive");
      Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(days))));
      others.add(other);
    }
    assertEquals(1, run("check", NASS).status());
    List<Path> kept = cached();
    assertEquals(8, kept.size(), kept.toString());
    assertFalse(kept.contains(others.get(0)), "the oldest goes");
    assertFalse(kept.contains(others.get(1)));
    assertTrue(kept.containsAll(others.subList(2, 9)), kept.toString());
  }

  @Test
  void stoppingTheLauncherStopsTheCommand() throws Exception {
    // generate writes to a pipe nobody reads, so the command blocks once the pipe is full.
    ProcessBuilder builder = new ProcessBuilder(command(List.of(), "generate", "--system", "NASS", "--recommendations", "30000"))
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("EVIDENCE_GRADING_DAEMON", "off");
    Process launcher = builder.start();
    launcher.getOutputStream().close();
    Optional<ProcessHandle> command = Optional.empty();
    for (int attempt = 0; attempt < 600 && command.isEmpty(); attempt++) {
      command = launcher.children().findFirst();
      if (command.isEmpty()) {
        Thread.sleep(100); // waiting for the second JVM to start, not a measurement
      }
    }
    if (command.isEmpty()) {
      launcher.destroyForcibly();
      fail("the launcher started no second JVM");
    }
    launcher.destroy();
    // Guards against a hung process, not measurements.
    assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "the launcher did not stop");
    command.get().onExit().get(60, TimeUnit.SECONDS);
    assertFalse(command.get().isAlive(), "the second JVM outlived the launcher");
  }
}
