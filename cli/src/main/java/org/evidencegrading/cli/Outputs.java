package org.evidencegrading.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writing output files whole and safely, text or bytes.
 *
 * <p>The content is written to a temporary file in the target's directory, named {@code
 * .evidence-grading-<name>.tmp-<pid>} so that anyone can tell what it is, flushed to the disk, and
 * moved over the target in one step: a reader never sees half a report, and a failed write leaves
 * the old one. The temporary file is removed when writing fails; one left by a run that was killed
 * is removed by the next run that writes to the same directory (when no process with its pid is
 * running).
 *
 * <p>Only a regular file is replaced, keeping its permissions (a 0600 report stays 0600) and, where
 * the file system allows, its owner and group. A symbolic link, a directory, a device or a FIFO at
 * the target is refused before anything is written ({@link Refused}).
 */
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

  /** The target cannot be written as asked: the user's mistake, said in one line. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** The prefix of the temporary files, {@code .evidence-grading-<name>.tmp-<pid>}. */
  static final String TEMPORARY_PREFIX = ".evidence-grading-";

  /** Temporary names keep this many characters of the target's name (file names have at most 255 bytes). */
  private static final int NAME_KEPT = 40;

  private static final int MAX_ATTEMPTS = 1_000;

  private static final Pattern TEMPORARY = Pattern.compile(Pattern.quote(TEMPORARY_PREFIX) + ".*\\.tmp-(\\d+)(-\\d+)?");

  private Outputs() {}

  /**
   * Replaces {@code target} with the content, so that it is never seen half-written; returns what
   * writing returned.
   *
   * @throws Refused if the target is not a regular file or a new name in an existing directory
   * @throws IOException if writing fails (the target is left as it was)
   */
  static <T> T replace(Path target, Content<T> content) throws Refused, IOException {
    return replaceBinary(target, stream -> {
      Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16) {
        @Override
        public void close() throws IOException {
          flush(); // the stream is closed by replaceBinary, after the content is written
        }
      };
      T result = content.writeTo(out);
      out.flush();
      return result;
    });
  }

  /**
   * Replaces {@code target} with the bytes, so that it is never seen half-written; returns what
   * writing returned.
   *
   * @throws Refused if the target is not a regular file or a new name in an existing directory
   * @throws IOException if writing fails (the target is left as it was)
   */
  static <T> T replaceBinary(Path target, BinaryContent<T> content) throws Refused, IOException {
    Path absolute = target.toAbsolutePath();
    Optional<PosixFileAttributes> existing = replaceable(target, absolute);
    Path directory = absolute.getParent();
    removeStaleTemporaryFiles(directory);
    Path temporary = null;
    try {
      temporary = createTemporary(directory, absolute.getFileName().toString(), existing);
      T result;
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
          @Override
          public void close() throws IOException {
            flush(); // the channel is forced to the disk and closed here, after the content is written
          }
        };
        result = content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return result;
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + reason(e), e);
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * Refuses to write the output over an input file (check g.yaml -o g.yaml would replace the
   * guideline with its report).
   */
  static void refuseInput(Path target, Path input) throws Refused {
    try {
      if (Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input)) {
        throw new Refused("-o " + target + ": is the input file " + input + "; refusing to replace it with the output");
      }
    } catch (IOException e) {
      // cannot tell: the reading or the writing will say what is wrong
    }
  }

  /** Why an operation on a file failed, in a few words: "No space left on device". */
  static String reason(IOException e) {
    if (e instanceof FileSystemException failure && failure.getReason() != null) {
      return failure.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : "input/output error";
  }

  /**
   * Refuses whatever must not be replaced, before anything is written; returns the attributes of
   * the regular file that is there, if one is.
   */
  private static Optional<PosixFileAttributes> replaceable(Path target, Path absolute) throws Refused, IOException {
    String shown = "-o " + (target.toString().isEmpty() ? "''" : target.toString());
    if (absolute.getFileName() == null) {
      throw new Refused(shown + ": is a directory, not a file");
    }
    Path directory = absolute.getParent();
    if (!Files.isDirectory(directory)) {
      throw new Refused(shown + ": no such directory: " + directory);
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (attributes.isSymbolicLink()) {
      throw new Refused(shown + ": is a symbolic link; refusing to replace it (give the path of the file it points to)");
    }
    if (attributes.isDirectory()) {
      throw new Refused(shown + ": is a directory, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new Refused(shown + ": is not a regular file (a device, a FIFO or a socket); refusing to replace it"
          + " (leave out -o and redirect standard output to write there)");
    }
    try {
      return Optional.of(Files.readAttributes(absolute, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /**
   * Creates the temporary file, with the permissions of the file it will replace from the start
   * (never readable by more people than that file), and its owner and group where allowed.
   */
  private static Path createTemporary(Path directory, String name, Optional<PosixFileAttributes> existing) throws IOException {
    String kept = name.codePointCount(0, name.length()) <= NAME_KEPT ? name : name.substring(0, name.offsetByCodePoints(0, NAME_KEPT));
    String base = TEMPORARY_PREFIX + kept + ".tmp-" + ProcessHandle.current().pid();
    FileAttribute<?>[] attributes = existing
        .map(e -> new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(e.permissions())})
        .orElse(new FileAttribute<?>[0]);
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Path temporary = directory.resolve(attempt == 1 ? base : base + "-" + attempt);
      try {
        Files.createFile(temporary, attributes);
      } catch (FileAlreadyExistsException e) {
        continue; // another thread of this process writes beside the same target
      }
      if (existing.isPresent()) {
        keepOwnerAndPermissions(temporary, existing.get());
      }
      return temporary;
    }
    throw new FileAlreadyExistsException(directory.resolve(base).toString(), null, MAX_ATTEMPTS + " temporary files of this process exist");
  }

  private static void keepOwnerAndPermissions(Path temporary, PosixFileAttributes existing) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    try {
      view.setOwner(existing.owner());
      view.setGroup(existing.group());
    } catch (IOException e) {
      // Only the owner's own files or root may do that; the file stays this user's.
    }
    view.setPermissions(existing.permissions());
  }

  /**
   * Removes the temporary files in the directory left by runs that were killed: those whose process
   * is no longer running.
   */
  private static void removeStaleTemporaryFiles(Path directory) {
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, TEMPORARY_PREFIX + "*.tmp-*")) {
      for (Path entry : entries) {
        Matcher matcher = TEMPORARY.matcher(entry.getFileName().toString());
        if (matcher.matches() && !running(matcher.group(1)) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          stale.add(entry);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return; // cleaning up is a courtesy: writing goes on
    }
    for (Path entry : stale) {
      try {
        Files.deleteIfExists(entry);
      } catch (IOException e) {
        // not ours to remove, or gone already
      }
    }
  }

  /** Whether the process of a temporary file's pid still runs; true for what is not a pid (left alone). */
  static boolean running(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true; // not a pid this process wrote: leave it
    }
  }
}
