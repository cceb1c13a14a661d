package org.evidencegrading.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.evidencegrading.model.Recommendation;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.GradingSystems;
import org.evidencegrading.trace.TraceRenderer;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Builds every Jackson {@code ObjectMapper} of the project, so that their configuration is decided
 * in one place:
 *
 * <ul>
 *   <li>Reading is strict: unknown fields fail (a typo must not drop evidence), enumerations match
 *       exactly (no numbers for enumeration values, no case folding), a mapping may not repeat a
 *       key, nothing may follow the document, and nulls are not accepted for numbers and booleans.
 *   <li>Reading is bounded, by {@link ReadLimits}: document size, nesting depth and length of a
 *       single text value, in Jackson's stream constraints and in SnakeYAML's loader options.
 *   <li>Writing leaves out absent values and pretty-prints JSON as the file format shows it.
 * </ul>
 */
public final class Mappers {

  private record ReaderKey(DocumentFormat format, GradingSystem<?, ?> system, GradingSystems others, ReadLimits limits) {}

  private record DocumentKey(DocumentFormat format, ReadLimits limits) {}

  /**
   * Reader mappers, kept for the most recently used combinations only: a caller that reads with
   * ever new {@link ReadLimits} must not make the cache grow without bound (each mapper holds its
   * own caches of deserializers).
   */
  static final int CACHED_READERS = 16;

  private static final Map<ReaderKey, ObjectMapper> READERS = leastRecentlyUsed();
  private static final Map<DocumentKey, ObjectMapper> DOCUMENT_READERS = leastRecentlyUsed();

  /** The JSON writer, built on first use: a run that writes no JSON does not pay for it. */
  private static final class Json {
    static final ObjectMapper MAPPER = configureWriter(JsonMapper.builder(
        new JsonFactoryBuilder().characterEscapes(new InvisibleCharacterEscapes()).build()));
  }

  /** The YAML writer, built on first use. */
  private static final class Yaml {
    static final ObjectMapper MAPPER =
        configureWriter(
            YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
  }

  private Mappers() {}

  /** A map that keeps the {@value #CACHED_READERS} entries used last, for the mapper caches. */
  private static <K> Map<K, ObjectMapper> leastRecentlyUsed() {
    return Collections.synchronizedMap(new LinkedHashMap<>(CACHED_READERS, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, ObjectMapper> eldest) {
        return size() > CACHED_READERS;
      }
    });
  }

  /**
   * The mapper that reads guideline files of one syntax and one grading system, within limits; the
   * file's recommendations bind to the system's recommendation type, and a field of another system
   * of {@code others} is named as such in errors. Mappers are shared (they are thread-safe); the
   * last {@value #CACHED_READERS} combinations used are kept.
   */
  public static ObjectMapper reader(DocumentFormat format, GradingSystem<?, ?> system, GradingSystems others, ReadLimits limits) {
    return READERS.computeIfAbsent(
        new ReaderKey(format, system, others, limits), key -> buildReader(format, system, others, limits));
  }

  /** How many reader mappers are kept now. */
  static long cachedReaders() {
    return READERS.size();
  }

  /** The pretty-printing JSON mapper for writing (reports, model values). */
  public static ObjectMapper json() {
    return Json.MAPPER;
  }

  /** The YAML mapper for writing (generated guideline files, model values). */
  public static ObjectMapper yaml() {
    return Yaml.MAPPER;
  }

  /** The bare parser factory of a syntax within limits, for streaming passes over a document. */
  static JsonFactory factory(DocumentFormat format, ReadLimits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .build();
    if (format == DocumentFormat.JSON) {
      return JsonFactory.builder()
          .streamReadConstraints(constraints)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()));
    options.setNestingDepthLimit(limits.maxNestingDepth());
    options.setAllowDuplicateKeys(false);
    // Aliases are rejected by the reader outright (YamlGuard); this bounds them as well.
    options.setMaxAliasesForCollections(1);
    return YAMLFactory.builder()
        .loaderOptions(options)
        // A field with no value (questions:) is null, as in YAML, not empty text: the same as
        // questions: null, ~ or leaving the field out.
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * The mapper that reads documents other than guidelines (rule sets, say) of one syntax, within
   * limits, as strictly as guideline files: for {@link DocumentReader}. Built once per combination.
   */
  static ObjectMapper documentReader(DocumentFormat format, ReadLimits limits) {
    return DOCUMENT_READERS.computeIfAbsent(new DocumentKey(format, limits), key -> {
      ObjectMapper mapper = strict(format, limits).build();
      mapper.addHandler(new RecoveringProblemHandler("", ImmutableMap::of));
      return mapper;
    });
  }

  private static ObjectMapper buildReader(DocumentFormat format, GradingSystem<?, ?> system, GradingSystems others, ReadLimits limits) {
    ObjectMapper mapper = strict(format, limits).addModule(recommendationsOf(system)).build();
    // The other systems' fields are looked up only for a message about an unknown field: reading a
    // valid file does not introspect (and load) their recommendation types.
    Supplier<ImmutableMap<String, String>> foreign = Suppliers.memoize(() -> foreignFields(mapper, system, others));
    mapper.addHandler(new RecoveringProblemHandler(system.id(), foreign));
    return mapper;
  }

  /** The configuration of every reading mapper: strict and bounded. */
  private static MapperBuilder<?, ?> strict(DocumentFormat format, ReadLimits limits) {
    JsonFactory factory = factory(format, limits);
    MapperBuilder<?, ?> builder =
        format == DocumentFormat.JSON
            ? JsonMapper.builder(factory)
            : YAMLMapper.builder((YAMLFactory) factory);
    return builder
        .addModule(new GuavaModule())
        .addModule(new Jdk8Module())
        .enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  }

  private static <R extends Recommendation> SimpleModule recommendationsOf(GradingSystem<R, ?> system) {
    return new SimpleModule("recommendations-" + system.id())
        .addAbstractTypeMapping(Recommendation.class, system.recommendationType());
  }

  /** The recommendation fields of the other grading systems, for "this belongs to GRADE" hints. */
  private static ImmutableMap<String, String> foreignFields(ObjectMapper mapper, GradingSystem<?, ?> system, GradingSystems others) {
    Map<String, String> fields = new java.util.TreeMap<>();
    for (GradingSystem<?, ?> other : others.all()) {
      if (other.id().equals(system.id())) {
        continue;
      }
      for (BeanPropertyDefinition property :
          mapper
              .getSerializationConfig()
              .introspect(mapper.constructType(other.recommendationType()))
              .findProperties()) {
        fields.putIfAbsent(property.getName(), other.id());
      }
    }
    return ImmutableMap.copyOf(fields);
  }

  /**
   * JSON escapes, beyond the control characters below U+0020 that JSON requires escaped, the other
   * characters a terminal acts on or that hide text: DEL, the C1 controls (U+009B starts an escape
   * sequence), zero-width and bidirectional formatting characters. The JSON means the same; it is
   * only safe to print.
   */
  private static final class InvisibleCharacterEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    InvisibleCharacterEscapes() {
      ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      String one = String.valueOf((char) c);
      return c <= 0xFFFF && !TraceRenderer.printable(one).equals(one)
          ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", c))
          : null;
    }
  }

  private static ObjectMapper configureWriter(MapperBuilder<?, ?> builder) {
    ObjectMapper mapper =
        builder
            .addModule(new GuavaModule())
            .addModule(new Jdk8Module())
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
    return mapper.setDefaultPrettyPrinter(printer).enable(SerializationFeature.INDENT_OUTPUT);
  }
}
