package org.evidencegrading.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Preconditions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.evidencegrading.system.ErrorSink;

/**
 * Reads documents other than guidelines, such as rule sets, exactly as strictly as {@link
 * GuidelineReader} reads guideline files: YAML or JSON by extension, unknown fields and invalid
 * enumeration values collected with suggestions, duplicate keys, trailing content and YAML anchors
 * rejected, the {@link ReadLimits} enforced, the value's invariants and a {@link Validator} checked,
 * and every error placed in the file ({@code file:line:column: path: message}), thrown at once as an
 * {@link InvalidDocumentException}.
 *
 * <pre>{@code
 * DocumentReader<RuleSet> reader = DocumentReader.of(RuleSet.class, "rule set", RuleSetValidator::validate);
 * RuleSet rules = reader.parse(Path.of("aaos.yaml"));
 * }</pre>
 *
 * @param <T> the document's type, bound with Jackson
 */
public final class DocumentReader<T> {

  /**
   * Checks a bound document as a whole, beyond what its type's invariants enforce.
   *
   * @param <T> the document's type
   */
  @FunctionalInterface
  public interface Validator<T> {
    /** Reports each error with the field path from the document's root (e.g. {@code rows[2].grade}). */
    void validate(T document, ErrorSink errors);
  }

  private final Class<T> type;
  private final String kind;
  private final Validator<? super T> validator;
  private final ReadLimits limits;

  private DocumentReader(Class<T> type, String kind, Validator<? super T> validator, ReadLimits limits) {
    this.type = Preconditions.checkNotNull(type, "type");
    this.kind = Preconditions.checkNotNull(kind, "kind");
    this.validator = Preconditions.checkNotNull(validator, "validator");
    this.limits = Preconditions.checkNotNull(limits, "limits");
  }

  /**
   * A reader of documents of {@code type}, with the default limits.
   *
   * @param kind what the document is, for messages, e.g. "rule set"
   */
  public static <T> DocumentReader<T> of(Class<T> type, String kind, Validator<? super T> validator) {
    return new DocumentReader<>(type, kind, validator, ReadLimits.defaults());
  }

  /** This reader with other limits. */
  public DocumentReader<T> withLimits(ReadLimits limits) {
    return new DocumentReader<>(type, kind, validator, limits);
  }

  /**
   * Reads a document file, its syntax given by its extension.
   *
   * @throws InvalidDocumentException if the file cannot be read or is not a valid document
   */
  public T parse(Path file) {
    ErrorCollector collector = new ErrorCollector(Optional.of(file.toString()), limits.maxErrors());
    DocumentFormat format = Documents.format(file, kind, collector, InvalidDocumentException::of);
    return read(Documents.read(file, limits, collector, InvalidDocumentException::of), format, collector);
  }

  /**
   * Reads a document file in the syntax given, whatever its name (a FHIR Bundle is JSON, named or not).
   *
   * @throws InvalidDocumentException if the file cannot be read or is not a valid document
   */
  public T parse(Path file, DocumentFormat format) {
    ErrorCollector collector = new ErrorCollector(Optional.of(file.toString()), limits.maxErrors());
    return read(Documents.read(file, limits, collector, InvalidDocumentException::of), format, collector);
  }

  /**
   * Reads a document held in memory.
   *
   * @param source what to call the document in error messages, e.g. a file or a resource
   * @throws InvalidDocumentException if it is not a valid document
   */
  public T parse(byte[] content, DocumentFormat format, String source) {
    return read(content, format, new ErrorCollector(Optional.of(source), limits.maxErrors()));
  }

  /** Reads a document given as text. */
  public T parse(String content, DocumentFormat format, String source) {
    return parse(content.getBytes(StandardCharsets.UTF_8), format, source);
  }

  private T read(byte[] content, DocumentFormat format, ErrorCollector collector) {
    Documents.checkBounds(content, format, limits, collector, InvalidDocumentException::of);
    ObjectMapper mapper = Mappers.documentReader(format, limits);
    Optional<T> document = Documents.bind(mapper, type, content, collector, new BindingErrors(collector, limits, content), limits);
    document.ifPresent(read -> Documents.validate(collector, errors -> validator.validate(read, errors)));
    if (!collector.isEmpty()) {
      throw new InvalidDocumentException(Documents.located(collector, content, mapper.getFactory()));
    }
    return document.orElseThrow(() -> InvalidDocumentException.of(collector.error("", "the document is empty (expected a " + kind + ")")));
  }
}
