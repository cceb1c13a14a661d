package org.evidencegrading.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.system.ErrorSink;

/**
 * The steps every strict read of a document takes, whatever the document holds (a guideline, a
 * rule set): reading the file within the limits, the checks before parsing, binding with every
 * recoverable error collected, validating the bound value, and placing every error in the file.
 * Where a step fails outright it throws what {@code failure} makes of the error, so that each reader
 * throws its own exception type.
 */
final class Documents {

  /** The largest array the JVM allocates. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  private Documents() {}

  /**
   * The syntax of a document file, from its extension: {@code .yaml}, {@code .yml} or {@code .json}.
   *
   * @param kind what the file should hold, for messages, e.g. "guideline"
   */
  static DocumentFormat format(Path file, String kind, ErrorCollector collector, Function<InputError, RuntimeException> failure) {
    if (Files.isDirectory(file)) {
      throw failure.apply(collector.error("", "is a directory, not a " + kind + " file (expected a .yaml, .yml or .json file)"));
    }
    return DocumentFormat.forFileName(file.getFileName() == null ? "" : file.getFileName().toString())
        .orElseThrow(() -> failure.apply(collector.error("", "unsupported file name extension (expected .yaml, .yml or .json)")));
  }

  /**
   * The bytes of a document file, within the size limit. Anything but a regular file (a device such
   * as {@code /dev/zero}, a pipe, a socket) is refused before it is opened: reading it could take
   * forever (a pipe without a writer blocks the open) or never end. The limit is enforced while
   * reading too, not only by the size the file system reports, which is 0 for files such as those
   * under {@code /proc} and may grow while the file is read.
   */
  static byte[] read(Path file, ReadLimits limits, ErrorCollector collector, Function<InputError, RuntimeException> failure) {
    long limit = limits.maxDocumentBytes();
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        throw failure.apply(collector.error("", "is not a regular file (a device, a pipe or a socket): give a .yaml, .yml or .json file"));
      }
      if (attributes.size() > limit) {
        throw failure.apply(collector.error("", "the file has " + attributes.size() + " bytes, more than the limit of " + limit + " bytes"));
      }
      try (InputStream in = Files.newInputStream(file)) {
        // The size the file system reports, read into an array of that size (no copying of a large
        // file); then whatever the file has grown by, up to one byte over the limit.
        byte[] sized = new byte[(int) attributes.size()];
        int read = in.readNBytes(sized, 0, sized.length);
        if (read < sized.length) {
          sized = Arrays.copyOf(sized, read);
        }
        byte[] more = in.readNBytes((int) Math.min(limit + 1 - sized.length, MAX_ARRAY_LENGTH - sized.length));
        if (sized.length + (long) more.length > limit) {
          throw failure.apply(collector.error("", "the file has more than the limit of " + limit + " bytes"));
        }
        if (more.length == 0) {
          return sized;
        }
        byte[] content = Arrays.copyOf(sized, sized.length + more.length);
        System.arraycopy(more, 0, content, sized.length, more.length);
        return content;
      }
    } catch (NoSuchFileException e) {
      throw failure.apply(collector.error("", "no such file"));
    } catch (AccessDeniedException e) {
      throw failure.apply(collector.error("", "cannot read the file: permission denied"));
    } catch (IOException e) {
      throw failure.apply(collector.error("", "cannot read the file: "
          + Quoted.text(e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage()))));
    }
  }

  /** Rejects a document over the size limit, and a YAML document with a run of text SnakeYAML would take too long over. */
  static void checkBounds(byte[] content, DocumentFormat format, ReadLimits limits, ErrorCollector collector,
      Function<InputError, RuntimeException> failure) {
    if (content.length > limits.maxDocumentBytes()) {
      throw failure.apply(collector.error("", "the document has " + content.length + " bytes, more than the limit of "
          + limits.maxDocumentBytes() + " bytes"));
    }
    if (format == DocumentFormat.YAML) {
      Optional<long[]> word = YamlGuard.longWord(content, limits.maxYamlWordLength());
      if (word.isPresent()) {
        throw failure.apply(collector.error(new JsonLocation(null, -1, (int) word.get()[0], (int) word.get()[1]), "",
            "a run of " + word.get()[2] + " characters without white space, more than the YAML limit of "
                + limits.maxYamlWordLength() + " (break long text with spaces or line breaks)"));
      }
    }
  }

  /**
   * Binds a document to {@code type}, collecting every error the mapper recovers from and the one
   * that ends the read, if any; empty when binding failed.
   */
  static <T> Optional<T> bind(ObjectMapper mapper, Class<T> type, byte[] content, ErrorCollector collector,
      BindingErrors translator, ReadLimits limits) {
    T value = null;
    try (JsonParser parser = YamlGuard.guard(mapper.getFactory().createParser(content), limits)) {
      try {
        value = mapper.readerFor(type).withAttribute(ErrorCollector.class, collector).readValue(parser);
      } catch (JacksonException e) {
        // translated while the parser is open: it knows where it stopped
        if (!isFull(e)) {
          addFinal(collector, translator.translate(e, parser));
        }
      }
    } catch (ErrorCollector.Full e) {
      // the cap is reached: report what was collected
    } catch (IOException e) {
      addFinal(collector, collector.error("", "cannot read the document: " + e.getMessage()));
    }
    return Optional.ofNullable(value);
  }

  /**
   * Validates a bound value as a whole, unless the cap is reached. When binding already reported
   * errors, the values it put in place of the invalid ones could cause errors of their own: those
   * at or around the paths of binding errors are left out.
   *
   * @param validation reports each error, with its absolute field path, to the sink it is given
   */
  static void validate(ErrorCollector collector, Consumer<ErrorSink> validation) {
    if (collector.isFull()) {
      return;
    }
    List<String> bindingPaths = collector.errors().stream().map(InputError::path).toList();
    try {
      validation.accept((path, message) -> {
        if (bindingPaths.stream().noneMatch(bound -> related(bound, path))) {
          collector.add(collector.error(path, message));
        }
      });
    } catch (ErrorCollector.Full e) {
      // capped: report the first errors
    }
  }

  /**
   * The errors, each with a file position: those found without one (semantic errors, found on the
   * bound value, and unknown fields) get the position of their path in the document, found in one
   * more pass over it.
   */
  static ImmutableList<InputError> located(ErrorCollector collector, byte[] content, JsonFactory factory) {
    Set<String> unplaced = collector.errors().stream()
        .filter(error -> error.line().isEmpty() && !error.path().isEmpty())
        .map(InputError::path)
        .collect(Collectors.toSet());
    Map<String, JsonLocation> locations = unplaced.isEmpty() ? Map.of() : SourceLocations.find(content, factory, unplaced);
    ImmutableList.Builder<InputError> errors = ImmutableList.builder();
    for (InputError error : collector.errors()) {
      JsonLocation location = error.line().isEmpty() ? locations.get(error.path()) : null;
      errors.add(location == null ? error : error.at(location.getLineNr(), Math.max(location.getColumnNr(), 1)));
    }
    return ImmutableList.sortedCopyOf(InputError.BY_POSITION, errors.build());
  }

  /** Whether one path is the other or lies within it. */
  private static boolean related(String a, String b) {
    return a.equals(b) || within(a, b) || within(b, a);
  }

  private static boolean within(String inner, String outer) {
    return inner.startsWith(outer) && (outer.isEmpty() || inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
  }

  private static boolean isFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ErrorCollector.Full) {
        return true;
      }
    }
    return false;
  }

  /** Adds an error unless the cap is reached (then the read is over anyway). */
  static void addFinal(ErrorCollector collector, InputError error) {
    if (!collector.isFull()) {
      collector.add(error);
    }
  }
}
