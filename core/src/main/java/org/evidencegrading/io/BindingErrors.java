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
import java.util.Locale;
import java.util.Map;
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

  BindingErrors(ErrorCollector collector, ReadLimits limits) {
    this.collector = collector;
    this.limits = limits;
  }

  /** The error a failed parse or bind amounts to; {@code parser} is where it stopped (still open). */
  InputError translate(JacksonException exception, JsonParser parser) {
    String path = parser.isClosed() ? path(exception) : JsonPaths.of(parser.getParsingContext());
    String message = message(exception, parser);
    if (exception instanceof ValueInstantiationException && !path.isEmpty()) {
      // The parser is past the value that could not be built: leave it to be located at its start.
      return collector.error(path, message);
    }
    return collector.error(location(exception), path, message);
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
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamConstraintsException limit) {
        return limitMessage(limit.getOriginalMessage());
      }
    }
    if (exception instanceof JacksonYAMLParseException) {
      return yamlMessage(exception);
    }
    if (exception instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '" + unknown.getPropertyName() + "'";
    }
    if (exception instanceof InvalidFormatException invalid) {
      Class<?> target = invalid.getTargetType();
      if (target != null && target.isEnum()) {
        return RecoveringProblemHandler.invalidEnumMessage(target, "'" + invalid.getValue() + "'");
      }
      return "invalid value '" + invalid.getValue() + "' (expected " + describe(target) + ")";
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
    return "the document exceeds a reading limit: " + firstLine(original);
  }

  private String yamlMessage(JacksonException exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException encoding) {
        return notUtf8(encoding);
      }
    }
    Throwable cause = exception.getCause();
    String problem;
    if (cause instanceof MarkedYAMLException marked) {
      problem = marked.getProblem();
    } else if (cause instanceof YAMLException yaml) {
      problem = yaml.getMessage();
    } else {
      problem = exception.getOriginalMessage();
    }
    problem = firstLine(problem == null ? "" : problem).trim();
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
    return "invalid YAML: " + problem;
  }

  /** "the file is not UTF-8 text: invalid UTF-8 start byte 0xff at character 4". */
  private static String notUtf8(CharConversionException encoding) {
    String detail = encoding.getMessage() == null ? "" : encoding.getMessage();
    Matcher at = Pattern.compile("\\(at char #(\\d+)[^)]*\\)").matcher(detail);
    String where = at.find() ? " at character " + at.group(1) : "";
    return "the file is not UTF-8 text: " + uncapitalize(detail.replaceAll("\\s*\\(at char[^)]*\\)", "")) + where;
  }

  private static String syntaxMessage(String original) {
    String message = firstLine(original == null ? "" : original);
    if (message.startsWith("Unexpected end-of-input")) {
      return "the document ends too early (is the file truncated?): " + uncapitalize(message.replaceFirst("Unexpected end-of-input:?\\s*", ""));
    }
    if (message.startsWith("Duplicate field")) {
      Matcher field = Pattern.compile("Duplicate field '([^']*)'").matcher(message);
      return field.find()
          ? "field '" + field.group(1) + "' appears twice in the same mapping"
          : "a field appears twice in the same mapping";
    }
    return "invalid syntax: " + message;
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
      return message.isEmpty() ? "a required value is null" : "field '" + message + "' must have a value, not null";
    }
    return firstLine(message);
  }

  private static String mismatchMessage(MismatchedInputException mismatch, JsonParser parser) {
    String original = mismatch.getOriginalMessage();
    if (original.startsWith("Trailing token")) {
      return "content after the end of the document (a file holds one guideline document)";
    }
    if (original.startsWith("No content to map")) {
      return "the document is empty";
    }
    Class<?> target = mismatch.getTargetType();
    String found = parser.isClosed() ? "" : describe(parser.currentToken(), parser);
    String expected = target == null ? "another kind of value" : describe(target);
    return "expected " + expected + (found.isEmpty() ? "" : ", found " + found);
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

  private static String describe(JsonToken token, JsonParser parser) {
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
          return "text '" + abbreviate(parser.getText()) + "'";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "the number " + parser.getText();
        case VALUE_TRUE:
        case VALUE_FALSE:
          return parser.getText();
        case VALUE_NULL:
          return "no value (null)";
        default:
          return "'" + abbreviate(parser.getText()) + "'";
      }
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    int source = line.indexOf(" at [Source:");
    return (source < 0 ? line : line.substring(0, source)).trim();
  }

  private static String uncapitalize(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
