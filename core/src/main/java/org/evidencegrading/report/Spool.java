package org.evidencegrading.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text written now and copied out later, held in memory up to a bound and in a temporary file
 * beyond it: a report whose beginning is known only at the end (the HTML report's summary comes
 * before the recommendations) holds a bounded part of itself in memory, whatever the guideline's
 * size. The file (readable by its owner only) is deleted when the text is copied out, or else when
 * the JVM exits.
 */
final class Spool {

  /** Characters held in memory before they go to the file. */
  static final int MEMORY = 1 << 20;

  private final int bound;
  private final Path directory;
  private final StringBuilder memory = new StringBuilder();
  private Path file;
  private Writer spilled;

  /** A spool holding {@value #MEMORY} characters in memory, the rest in the temporary directory. */
  Spool() {
    this(MEMORY, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** A spool holding {@code bound} characters in memory, the rest in a file in {@code directory}. */
  Spool(int bound, Path directory) {
    this.bound = bound;
    this.directory = directory;
  }

  /** Appends text. */
  void append(CharSequence text) throws IOException {
    memory.append(text);
    if (memory.length() > bound) {
      if (spilled == null) {
        file = Files.createTempFile(directory, "evidence-grading-report-", ".part");
        file.toFile().deleteOnExit();
        spilled = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
      }
      spilled.append(memory);
      memory.setLength(0);
    }
  }

  /** Writes everything appended to {@code out}, in order, and deletes the file. */
  void copyTo(Writer out) throws IOException {
    if (spilled != null) {
      spilled.close();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      } finally {
        Files.deleteIfExists(file);
        spilled = null;
      }
    }
    out.append(memory);
    memory.setLength(0);
  }
}
