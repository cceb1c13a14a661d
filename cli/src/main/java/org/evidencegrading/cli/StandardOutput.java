package org.evidencegrading.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A print writer that remembers why writing failed. {@code System.out} swallows write errors (a
 * report written to a full disk, or to {@code /dev/full}, was cut and the command exited 0); this
 * writer writes to the file descriptor directly, and after the command {@link #failure()} says
 * whether and why writing failed.
 */
final class StandardOutput extends PrintWriter {

  /** Characters gathered before a write to the file descriptor. */
  private static final int BUFFER = 1 << 16;

  private final Recorder recorder;

  private StandardOutput(Recorder recorder) {
    // Buffered, and flushed when the command is done (or asks): a report of thousands of lines was
    // one write to the file descriptor per line.
    super(new BufferedWriter(recorder, BUFFER), false);
    this.recorder = recorder;
  }

  /** A writer to the process's standard output. */
  static StandardOutput open() {
    return over(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
  }

  /** A writer over another, recording its failures. */
  static StandardOutput over(Writer out) {
    return new StandardOutput(new Recorder(out));
  }

  /** The first failure to write, if any; flushes first. */
  Optional<IOException> failure() {
    flush();
    return Optional.ofNullable(recorder.failure);
  }

  /** Passes everything on, remembering the first failure. */
  private static final class Recorder extends FilterWriter {

    /** One write to the underlying writer. */
    @FunctionalInterface
    private interface Write {
      void run() throws IOException;
    }

    private IOException failure;

    Recorder(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      recording(() -> super.write(c));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      recording(() -> super.write(buffer, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      recording(() -> super.write(text, offset, length));
    }

    @Override
    public void flush() throws IOException {
      recording(super::flush);
    }

    private void recording(Write write) throws IOException {
      try {
        write.run();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
        throw e;
      }
    }
  }
}
