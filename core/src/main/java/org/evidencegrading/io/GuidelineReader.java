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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    ErrorCollector collector = new ErrorCollector(Optional.of(file.toString()), limits.maxErrors());
    DocumentFormat format = Documents.format(file, "guideline", collector, InvalidGuidelineException::of);
    return read(Documents.read(file, limits, collector, InvalidGuidelineException::of), format, collector);
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
    Documents.checkBounds(content, format, limits, collector, InvalidGuidelineException::of);
    BindingErrors translator = new BindingErrors(collector, limits, content);
    GradingSystem<?, ?> system = header(content, format, collector, translator);
    ObjectMapper mapper = Mappers.reader(format, system, systems, limits);
    Optional<Guideline> guideline = Documents.bind(mapper, Guideline.class, content, collector, translator, limits);
    guideline.ifPresent(read -> Documents.validate(collector, errors -> GuidelineValidator.validate(read, systems, errors::error)));
    if (!collector.isEmpty()) {
      throw new InvalidGuidelineException(Documents.located(collector, content, mapper.getFactory()));
    }
    return guideline.orElseThrow();
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
        Documents.addFinal(collector, translator.translate(e, parser));
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
