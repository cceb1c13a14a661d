package org.evidencegrading.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Devices and FIFOs as the input or the output of the command. Every node is one this test creates
 * in its own temporary folder ({@code mkfifo}, {@code mknod}, which needs root): never the machine's
 * {@code /dev/null} or {@code /dev/full}.
 */
class SpecialFilesTest {

  @TempDir Path directory;

  private Path fifo(String name) throws IOException, InterruptedException {
    return node(name, "mkfifo", directory.resolve(name).toString());
  }

  /** A character device like the machine's (1, 3 is null, 1, 5 zero, 1, 7 full), in the test's folder. */
  private Path device(String name, int major, int minor) throws IOException, InterruptedException {
    return node(name, "mknod", directory.resolve(name).toString(), "c", String.valueOf(major), String.valueOf(minor));
  }

  private Path node(String name, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(process.waitFor() == 0, () -> String.join(" ", command) + " failed: " + output);
    Path node = directory.resolve(name);
    assertTrue(isSpecial(node));
    return node;
  }

  /** Whether the node is there and is neither a regular file, a directory nor a link. */
  private static boolean isSpecial(Path node) throws IOException {
    return Files.readAttributes(node, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
  }

  private static String guideline() {
    return TestResources.path(EvidenceGradingCommandTest.class, "agreeing.yaml").toString();
  }

  /** Regression: -o a FIFO replaced it with a regular file. */
  @Test
  void refusesToReplaceAFifo() throws Exception {
    Path fifo = fifo("report.md");
    EvidenceGradingCommandTest.Run run = EvidenceGradingCommandTest.run("check", guideline(), "-o", fifo.toString());
    assertEquals(2, run.status(), run.err());
    assertEquals("evidence-grading: -o " + fifo + ": is not a regular file (a device, a FIFO or a socket); refusing to"
        + " replace it (leave out -o and redirect standard output to write there)\n", run.err());
    assertTrue(isSpecial(fifo));
  }

  /** Regression: -o /dev/null run as root replaced the machine's /dev/null with a regular file. */
  @Test
  void refusesToReplaceADevice() throws Exception {
    Path nul = device("null", 1, 3);
    EvidenceGradingCommandTest.Run run = EvidenceGradingCommandTest.run("generate", "--system", "NASS", "--recommendations", "2",
        "-o", nul.toString());
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("evidence-grading: -o " + nul + ": is not a regular file"), run.err());
    assertTrue(isSpecial(nul));
  }

  /** Regression: a FIFO with no writer as the guideline hung for ever. */
  @Test
  void refusesAFifoAsTheGuidelineWithoutWaitingForAWriter() throws Exception {
    assertRefusedAsTheGuideline(fifo("guideline.yaml"));
  }

  /** Regression: a device as the guideline (zero.yaml, a node like /dev/zero) was read until memory ran out. */
  @Test
  void refusesADeviceAsTheGuideline() throws Exception {
    assertRefusedAsTheGuideline(device("zero.yaml", 1, 5));
  }

  private static void assertRefusedAsTheGuideline(Path node) {
    EvidenceGradingCommandTest.Run run = EvidenceGradingCommandTest.run("check", node.toString());
    assertEquals(2, run.status(), run.err());
    assertEquals(node + ": is not a regular file (a device, a pipe or a socket): give a .yaml, .yml or .json file\n", run.err());
  }

  /** Regression: check ok.yaml > /dev/full exited 0 without a word. */
  @Test
  void exitsThreeWhenStandardOutputIsAFullDevice() throws Exception {
    Path full = device("full", 1, 7);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        EvidenceGradingCommand.class.getName(), "check", guideline()));
    Process process = new ProcessBuilder(command).redirectOutput(full.toFile()).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(3, process.waitFor(), err);
    assertEquals("evidence-grading: cannot write to standard output: No space left on device\n", err);
  }
}
