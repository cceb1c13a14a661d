package org.evidencegrading.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writing output files whole, text or bytes: to a temporary file beside the target, then moved over it. */
final class Outputs {

  /**
   * What writes the content, returning what it found.
   *
   * @param <T> what writing returns
   */
  @FunctionalInterface
  interface Content<T> {
    T writeTo(Writer out) throws IOException;
  }

  /**
   * What writes bytes (a workbook), returning what it found.
   *
   * @param <T> what writing returns
   */
  @FunctionalInterface
  interface BinaryContent<T> {
    T writeTo(OutputStream out) throws IOException;
  }

  private Outputs() {}

  /** Replaces {@code target} with the text, so that it is never seen half-written; returns what writing returned. */
  static <T> T replace(Path target, Content<T> content) throws IOException {
    return replaceBinary(target, stream -> {
      try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
        return content.writeTo(out);
      }
    });
  }

  /** Replaces {@code target} with the bytes, so that it is never seen half-written; returns what writing returned. */
  static <T> T replaceBinary(Path target, BinaryContent<T> content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    // Created as any new file is (not with createTempFile's owner-only permissions).
    Path temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      T result;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
        result = content.writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return result;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
