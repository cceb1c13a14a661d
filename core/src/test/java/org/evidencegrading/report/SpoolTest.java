package org.evidencegrading.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {

  @TempDir Path directory;

  @Test
  void givesBackWhatWasAppendedInOrderAndLeavesNoFileWhenItSpilledOver() throws IOException {
    Spool spool = new Spool(10, directory);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      String piece = "<section " + i + " ✔ ı>\n";
      spool.append(piece);
      expected.append(piece);
    }
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(1, files.count(), "spilled over into one file");
    }
    StringWriter out = new StringWriter();
    spool.copyTo(out);
    assertEquals(expected.toString(), out.toString());
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(0, files.count(), "the file is deleted");
    }
  }

  @Test
  void holdsASmallReportInMemory() throws IOException {
    Spool spool = new Spool(1000, directory);
    spool.append("small");
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(0, files.count());
    }
    StringWriter out = new StringWriter();
    spool.copyTo(out);
    assertEquals("small", out.toString());
  }
}
