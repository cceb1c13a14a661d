package org.evidencegrading.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.GradingSystems;

/**
 * Reads guideline files: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}) in the format
 * {@code evidence-grading/1}, bound to the model of the grading system the file names, and
 * validated as a whole ({@link GuidelineValidator}).
 *
 * <p>Whatever is wrong with the input is thrown as one {@link InvalidGuidelineException} listing
 * every error found, up to {@link ReadLimits#maxErrors()}: unknown fields, invalid enumeration
 * values, numbers out of range, duplicated ids and unknown study references are all collected in one
 * read; a syntax error ends the read where it stands. Nothing else is thrown for bad input.
 *
 * <p>A reader is an immutable value holding the {@link GradingSystems registry} of the systems whose
 * files it reads and its {@link ReadLimits}: {@link #using} takes any registry, including systems
 * built and configured in code. The static {@code read} methods use the {@link
 * GradingSystems#installed() installed} systems.
 *
 * <pre>{@code
 * Guideline guideline = GuidelineReader.read(Path.of("guideline.yaml"));
 * Guideline mine = GuidelineReader.using(GradingSystems.of(new MySystem())).parse(Path.of("mine.yaml"));
 * }</pre>
 */
public final class GuidelineReader {

  /** The longest array a JVM allocates. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  private final GradingSystems systems;
  private final ReadLimits limits;

  private GuidelineReader(GradingSystems systems, ReadLimits limits) {
    this.systems = Preconditions.checkNotNull(systems, "systems");
    this.limits = Preconditions.checkNotNull(limits, "limits");
  }

  /** A reader of files graded by one of {@code systems}, with the default limits. */
  public static GuidelineReader using(GradingSystems systems) {
    return new GuidelineReader(systems, ReadLimits.defaults());
  }

  /** This reader with other limits. */
  public GuidelineReader withLimits(ReadLimits limits) {
    return new GuidelineReader(systems, limits);
  }

  /** Reads a guideline file with the installed systems and the default {@link ReadLimits}. */
  public static Guideline read(Path file) {
    return read(file, ReadLimits.defaults());
  }

  /** Reads a guideline file with the installed systems. */
  public static Guideline read(Path file, ReadLimits limits) {
    return using(GradingSystems.installed()).withLimits(limits).parse(file);
  }

  /** Reads a guideline document held in memory with the installed systems. */
  public static Guideline read(byte[] content, DocumentFormat format, String source, ReadLimits limits) {
    return using(GradingSystems.installed()).withLimits(limits).parse(content, format, source);
  }

  /** Reads a guideline document given as text with the installed systems and the default limits. */
  public static Guideline read(String content, DocumentFormat format, String source) {
    return using(GradingSystems.installed()).parse(content, format, source);
  }

  /**
   * Reads a guideline file, its syntax given by its extension.
   *
   * @throws InvalidGuidelineException if the file cannot be read or is not a valid guideline
   */
  public Guideline parse(Path file) {
    Optional<String> name = Optional.of(file.toString());
    ErrorCollector collector = new ErrorCollector(name, limits.maxErrors());
    if (Files.isDirectory(file)) {
      throw fail(collector, "is a directory, not a guideline file (expected a .yaml, .yml or .json file)");
    }
    Optional<DocumentFormat> format = DocumentFormat.forFileName(file.getFileName() == null ? "" : file.getFileName().toString());
    if (format.isEmpty()) {
      throw fail(collector, "unsupported file name extension (expected .yaml, .yml or .json)");
    }
    byte[] content;
    try {
      content = readBounded(file, limits.maxDocumentBytes(), collector);
    } catch (NoSuchFileException e) {
      throw fail(collector, "no such file");
    } catch (AccessDeniedException e) {
      throw fail(collector, "cannot read the file: permission denied");
    } catch (IOException e) {
      throw fail(collector, "cannot read the file: " + Quoted.text(e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage())));
    }
    return read(content, format.get(), collector);
  }

  /**
   * The bytes of a regular file, at most {@code limit} of them. Anything else (a device such as
   * {@code /dev/zero}, a pipe, a socket) is refused before it is opened: reading it could take
   * forever (a pipe without a writer blocks the open) or never end. The limit is enforced while
   * reading too, not only by the size the file system reports, which is 0 for files such as those
   * under {@code /proc} and may grow while the file is read.
   */
  private static byte[] readBounded(Path file, long limit, ErrorCollector collector) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw fail(collector, "is not a regular file (a device, a pipe or a socket): give a .yaml, .yml or .json file");
    }
    if (attributes.size() > limit) {
      throw fail(collector, "the file has " + attributes.size() + " bytes, more than the limit of " + limit + " bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] content = in.readNBytes((int) Math.min(limit + 1, MAX_ARRAY_LENGTH));
      if (content.length > limit) {
        throw fail(collector, "the file has more than the limit of " + limit + " bytes");
      }
      return content;
    }
  }

  /**
   * Reads a guideline document held in memory.
   *
   * @param source what to call the document in error messages, e.g. a file or URL
   * @throws InvalidGuidelineException if it is not a valid guideline
   */
  public Guideline parse(byte[] content, DocumentFormat format, String source) {
    return read(content, format, new ErrorCollector(Optional.of(source), limits.maxErrors()));
  }

  /** Reads a guideline document given as text. */
  public Guideline parse(String content, DocumentFormat format, String source) {
    return parse(content.getBytes(StandardCharsets.UTF_8), format, source);
  }

  private Guideline read(byte[] content, DocumentFormat format, ErrorCollector collector) {
    if (content.length > limits.maxDocumentBytes()) {
      throw fail(collector, "the document has " + content.length + " bytes, more than the limit of " + limits.maxDocumentBytes() + " bytes");
    }
    if (format == DocumentFormat.YAML) {
      Optional<long[]> word = YamlGuard.longWord(content, limits.maxYamlWordLength());
      if (word.isPresent()) {
        throw fail(collector, new JsonLocation(null, -1, (int) word.get()[0], (int) word.get()[1]), "",
            "a run of " + word.get()[2] + " characters without white space, more than the YAML limit of "
                + limits.maxYamlWordLength() + " (break long text with spaces or line breaks)");
      }
    }
    BindingErrors translator = new BindingErrors(collector, limits, content);
    GradingSystem<?, ?> system = header(content, format, collector, translator);
    ObjectMapper mapper = Mappers.reader(format, system, systems, limits);
    Guideline guideline = null;
    try (JsonParser parser = YamlGuard.guard(mapper.getFactory().createParser(content), limits)) {
      try {
        guideline = mapper.readerFor(Guideline.class).withAttribute(ErrorCollector.class, collector).readValue(parser);
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
    if (guideline != null && !collector.isFull()) {
      validate(guideline, collector);
    }
    if (!collector.isEmpty()) {
      throw new InvalidGuidelineException(located(collector, content, mapper.getFactory()));
    }
    return guideline;
  }

  /**
   * Reads the top of the document for what the rest needs: the format version and the grading
   * system, wherever in the top-level mapping they are. Stops as soon as both are found.
   */
  private GradingSystem<?, ?> header(byte[] content, DocumentFormat format, ErrorCollector collector, BindingErrors translator) {
    JsonFactory factory = Mappers.factory(format, limits);
    try (JsonParser parser = YamlGuard.guard(factory.createParser(content), limits)) {
      try {
        return header(parser, collector);
      } catch (JacksonException e) {
        addFinal(collector, translator.translate(e, parser));
        throw new InvalidGuidelineException(collector.errors());
      }
    } catch (IOException e) {
      throw fail(collector, "cannot read the document: " + e.getMessage());
    }
  }

  private GradingSystem<?, ?> header(JsonParser parser, ErrorCollector collector) throws IOException {
    String formatValue = null;
    JsonLocation formatAt = null;
    String system = null;
    JsonLocation systemAt = null;
    boolean sawGuideline = false;
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw fail(collector, "the document is empty (expected a guideline: format, guideline, studies, questions)");
    }
    if (token != JsonToken.START_OBJECT) {
      throw fail(collector, parser.currentTokenLocation(), "",
          "expected a mapping with the fields format, guideline, studies and questions at the top of the document");
    }
    while ((formatValue == null || system == null) && parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("format") && value == JsonToken.VALUE_STRING) {
        formatValue = parser.getText();
        formatAt = parser.currentTokenLocation();
      } else if (field.equals("format")) {
        formatValue = "";
        formatAt = parser.currentTokenLocation();
        parser.skipChildren();
      } else if (field.equals("guideline") && value == JsonToken.START_OBJECT) {
        sawGuideline = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String inner = parser.currentName();
          JsonToken innerValue = parser.nextToken();
          if (inner.equals("system") && innerValue == JsonToken.VALUE_STRING) {
            system = parser.getText();
            systemAt = parser.currentTokenLocation();
          }
          parser.skipChildren();
        }
      } else {
        parser.skipChildren();
      }
    }
    List<InputError> errors = new ArrayList<>();
    if (formatValue == null) {
      errors.add(collector.error(new JsonLocation(null, -1, 1, 1), "format",
          "missing field 'format' (expected format: " + Guideline.FORMAT + " as the first line)"));
    } else if (!formatValue.equals(Guideline.FORMAT)) {
      errors.add(collector.error(formatAt, "format",
          "unsupported format " + Quoted.value(formatValue) + " (expected '" + Guideline.FORMAT + "')"));
    }
    Optional<GradingSystem<?, ?>> found = Optional.empty();
    if (system == null) {
      errors.add(collector.error(new JsonLocation(null, -1, 1, 1), sawGuideline ? "guideline.system" : "guideline",
          sawGuideline
              ? "missing field 'system' (expected one of: " + String.join(", ", systems.ids()) + ")"
              : "missing field 'guideline' (expected a mapping with the guideline's id and system)"));
    } else {
      found = systems.find(system);
      if (found.isEmpty()) {
        errors.add(collector.error(systemAt, "guideline.system", GuidelineValidator.unknownSystemMessage(system, systems)));
      }
    }
    if (!errors.isEmpty()) {
      errors.forEach(collector::add);
      throw new InvalidGuidelineException(sorted(collector));
    }
    return found.orElseThrow();
  }

  /**
   * Validates the bound guideline as a whole. When binding already reported errors, the values it
   * put in place of the invalid ones could cause errors of their own: those at or around the paths
   * of binding errors are left out.
   */
  private void validate(Guideline guideline, ErrorCollector collector) {
    List<String> bindingPaths = collector.errors().stream().map(InputError::path).toList();
    try {
      GuidelineValidator.validate(guideline, systems, (path, message) -> {
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
   * bound model, and unknown fields) get the position of their path in the document, found in one
   * more pass over it.
   */
  private static ImmutableList<InputError> located(ErrorCollector collector, byte[] content, JsonFactory factory) {
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
  private static void addFinal(ErrorCollector collector, InputError error) {
    if (!collector.isFull()) {
      collector.add(error);
    }
  }

  private static ImmutableList<InputError> sorted(ErrorCollector collector) {
    return ImmutableList.sortedCopyOf(InputError.BY_POSITION, collector.errors());
  }

  private static InvalidGuidelineException fail(ErrorCollector collector, String message) {
    return InvalidGuidelineException.of(collector.error("", message));
  }

  private static InvalidGuidelineException fail(ErrorCollector collector, JsonLocation location, String path, String message) {
    return InvalidGuidelineException.of(collector.error(location, path, message));
  }
}
