package org.evidencegrading.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import java.io.CharConversionException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Translates what Jackson and SnakeYAML throw into an {@link InputError} a person can act on: where
 * (line, column, field path) and what was expected, in one line, without exception class names.
 */
final class BindingErrors {

  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([^]]*)]");

  private final ErrorCollector collector;
  private final ReadLimits limits;
  private final byte[] document;

  /** Translates the errors of reading {@code document}. */
  BindingErrors(ErrorCollector collector, ReadLimits limits, byte[] document) {
    this.collector = collector;
    this.limits = limits;
    this.document = document;
  }

  /** The error a failed parse or bind amounts to; {@code parser} is where it stopped (still open). */
  InputError translate(JacksonException exception, JsonParser parser) {
    String path = parser.isClosed() ? path(exception) : JsonPaths.of(parser.getParsingContext());
    Optional<MarkedYAMLException> yaml = yamlSyntaxError(exception);
    if (yaml.isPresent()) {
      SyntaxMessages.Located located = SyntaxMessages.yaml(yaml.get(), document);
      return located.line() > 0
          ? collector.error(new JsonLocation(null, -1, located.line(), located.column()), path, located.message())
          : collector.error(path, located.message());
    }
    String message = message(exception, parser);
    if (exception instanceof ValueInstantiationException && !path.isEmpty()) {
      // The parser is past the value that could not be built: leave it to be located at its start.
      return collector.error(path, message);
    }
    return collector.error(location(exception), path, message);
  }

  /**
   * The YAML syntax error behind a failed parse, unless the reason is one of those said in {@link
   * #message} (not UTF-8, a tab, a limit, control characters).
   */
  private static Optional<MarkedYAMLException> yamlSyntaxError(JacksonException exception) {
    if (!(exception instanceof JacksonYAMLParseException) || !(exception.getCause() instanceof MarkedYAMLException marked)
        || notUtf8(exception).isPresent()) {
      return Optional.empty();
    }
    String problem = String.valueOf(marked.getProblem());
    boolean special = problem.contains("\\t") || problem.contains("exceeds the limit") || problem.startsWith("Nesting Depth")
        || problem.contains("special characters are not allowed");
    return special ? Optional.empty() : Optional.of(marked);
  }

  private static JsonLocation location(JacksonException exception) {
    Throwable cause = exception.getCause();
    if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return new JsonLocation(null, -1, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
    }
    return exception.getLocation();
  }

  private static String path(JacksonException exception) {
    if (!(exception instanceof JsonMappingException mapping)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.length() > 0 ? "." : "").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private String message(JacksonException exception, JsonParser parser) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof YamlGuard.Rejected rejected) {
        return rejected.getOriginalMessage();
      }
    }
    Optional<String> encoding = notUtf8(exception);
    if (encoding.isPresent()) {
      return encoding.get();
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamConstraintsException limit) {
        return limitMessage(limit.getOriginalMessage());
      }
    }
    if (exception instanceof JacksonYAMLParseException) {
      return yamlMessage(exception);
    }
    if (exception instanceof UnrecognizedPropertyException unknown) {
      return "unknown field " + Quoted.value(unknown.getPropertyName());
    }
    if (exception instanceof InvalidFormatException invalid) {
      return invalidValueMessage(invalid.getTargetType(), invalid.getValue());
    }
    if (exception instanceof ValueInstantiationException instantiation) {
      return instantiationMessage(instantiation.getCause());
    }
    if (exception instanceof MismatchedInputException mismatch) {
      return mismatchMessage(mismatch, parser);
    }
    if (exception instanceof JsonMappingException mapping && mapping.getCause() instanceof RuntimeException cause
        && !(cause instanceof ErrorCollector.Full)) {
      return instantiationMessage(cause);
    }
    return syntaxMessage(exception.getOriginalMessage());
  }

  private String limitMessage(String original) {
    String lower = original.toLowerCase(Locale.ROOT);
    if (lower.contains("nesting depth")) {
      return "the document nests deeper than the limit of " + limits.maxNestingDepth() + " levels";
    }
    if (lower.contains("string value length")) {
      return "a text value is longer than the limit of " + limits.maxStringLength() + " characters";
    }
    if (lower.contains("document length")) {
      return "the document is longer than the limit of " + limits.maxDocumentBytes() + " bytes";
    }
    Matcher maximum = Pattern.compile("maximum allowed \\((\\d+)").matcher(original);
    String limit = maximum.find() ? " of " + maximum.group(1) : "";
    if (lower.contains("name length")) {
      return "a field name is longer than the limit" + limit + " characters";
    }
    if (lower.contains("number value length")) {
      return "a number is longer than the limit" + limit + " digits";
    }
    return "the document exceeds a reading limit" + limit;
  }

  /** What SnakeYAML reports beyond syntax: a tab, a limit, control characters. */
  private String yamlMessage(JacksonException exception) {
    Throwable cause = exception.getCause();
    String problem;
    if (cause instanceof MarkedYAMLException marked) {
      problem = marked.getProblem();
    } else if (cause instanceof YAMLException yaml) {
      problem = yaml.getMessage();
    } else {
      problem = exception.getOriginalMessage();
    }
    problem = SyntaxMessages.oneLine(problem);
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      return "tab character where YAML expects spaces: indent YAML with spaces only";
    }
    if (problem.contains("exceeds the limit") && problem.contains("code points")) {
      return "the document is longer than the limit of " + limits.maxDocumentBytes() + " bytes";
    }
    if (problem.startsWith("Nesting Depth exceeded")) {
      return "the document nests deeper than the limit of " + limits.maxNestingDepth() + " levels";
    }
    if (problem.contains("special characters are not allowed")) {
      return "this is not YAML text (it contains control characters; is it a binary file?)";
    }
    return "invalid YAML: " + SyntaxMessages.clean(problem, "the syntax is not valid here");
  }

  /** "the file is not UTF-8 text: invalid UTF-8 start byte 0xff at character 4", if that is the reason. */
  private static Optional<String> notUtf8(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException encoding) {
        String detail = encoding.getMessage() == null ? "" : encoding.getMessage();
        Matcher at = Pattern.compile("\\(at char #(\\d+)[^)]*\\)").matcher(detail);
        String where = at.find() ? " at character " + at.group(1) : "";
        return Optional.of("the file is not UTF-8 text: "
            + SyntaxMessages.clean(SyntaxMessages.uncapitalize(detail.replaceAll("\\s*\\(at char[^)]*\\)", "")), "it has bytes UTF-8 does not allow")
            + where);
      }
    }
    return Optional.empty();
  }

  private static String syntaxMessage(String original) {
    String message = SyntaxMessages.oneLine(original);
    if (message.startsWith("Duplicate field")) {
      Matcher field = Pattern.compile("Duplicate field '([^']*)'").matcher(message);
      return field.find()
          ? "field " + Quoted.value(field.group(1)) + " appears twice in the same mapping"
          : "a field appears twice in the same mapping";
    }
    return SyntaxMessages.json(message);
  }

  private static String instantiationMessage(Throwable cause) {
    if (cause == null) {
      return "invalid value";
    }
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    Matcher missing = MISSING_ATTRIBUTES.matcher(message);
    if (missing.find()) {
      String fields =
          Arrays.stream(missing.group(2).split(",\\s*"))
              .map(field -> "'" + field + "'")
              .collect(Collectors.joining(", "));
      return (fields.contains(",") ? "missing required fields " : "missing required field ") + fields;
    }
    if (cause instanceof NullPointerException) {
      return message.isEmpty() ? "a required value is null" : "field " + Quoted.value(message) + " must have a value, not null";
    }
    // The model's invariants say what is wrong in their messages; anything else is not for users,
    // and neither is no message at all (a reflective call refusing an argument says nothing).
    String line = SyntaxMessages.oneLine(message);
    if (line.isBlank()) {
      return "invalid value";
    }
    return cause instanceof IllegalStateException || cause instanceof IllegalArgumentException
        ? line
        : SyntaxMessages.clean(line, "invalid value");
  }

  private static String mismatchMessage(MismatchedInputException mismatch, JsonParser parser) {
    String original = mismatch.getOriginalMessage();
    if (original.startsWith("Trailing token")) {
      return "content after the end of the document (a file holds one guideline document)";
    }
    if (original.startsWith("No content to map")) {
      return "the document is empty";
    }
    return mismatchMessage(mismatch.getTargetType(), parser.isClosed() ? null : parser.currentToken(), parser);
  }

  /**
   * "expected a list, found text 'trial-a'". Text of several words where a mapping belongs is most
   * likely a field whose ':' is missing (YAML reads "id trial-a" as text).
   */
  static String mismatchMessage(Class<?> target, JsonToken found, JsonParser parser) {
    String what = found == null ? "" : describe(found, parser);
    String expected = describe(target);
    boolean words = found == JsonToken.VALUE_STRING && what.contains(" ") && expected.equals("a mapping of fields");
    return "expected " + expected + (what.isEmpty() ? "" : ", found " + what)
        + (words ? " (is a ':' missing after a field name?)" : "");
  }

  /**
   * "invalid value 'RTC' (expected one of: RCT, ...; did you mean 'RCT'?)" for an enumeration, with
   * the closest value if the given one is close; "invalid value 'twenty' (expected a whole number)"
   * otherwise. Numbers are shown as numbers, text quoted.
   */
  static String invalidValueMessage(Class<?> target, Object value) {
    String shown = value instanceof Number ? Quoted.text(value.toString()) : Quoted.value(String.valueOf(value));
    if (target == null || !target.isEnum()) {
      return "invalid value " + shown + " (expected " + describe(target) + ")";
    }
    List<String> names = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    String text = String.valueOf(value);
    // Short values (VI for a level) are close to too many others for a suggestion to help.
    Optional<String> closest = value instanceof Number || text.length() < 3 && names.stream().noneMatch(text::equalsIgnoreCase)
        ? Optional.empty()
        : Suggestions.closest(text, names);
    return "invalid value " + shown + " (expected one of: " + String.join(", ", names)
        + closest.map(name -> "; did you mean '" + name + "'?").orElse("") + ")";
  }

  /** What a value of a Java type looks like in a guideline file. */
  static String describe(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type.isEnum()) {
      return "one of: "
          + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
      return "text";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
      return "a mapping of fields";
    }
    return "a " + type.getSimpleName();
  }

  static String describe(JsonToken token, JsonParser parser) {
    if (token == null) {
      return "the end of the document";
    }
    try {
      switch (token) {
        case START_OBJECT:
          return "a mapping";
        case START_ARRAY:
          return "a list";
        case VALUE_STRING:
          return "text " + Quoted.value(parser.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "the number " + parser.getText();
        case VALUE_TRUE:
        case VALUE_FALSE:
          return parser.getText();
        case VALUE_NULL:
          return "no value (null)";
        default:
          return Quoted.value(parser.getText());
      }
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
