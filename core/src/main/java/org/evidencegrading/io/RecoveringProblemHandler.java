package org.evidencegrading.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.google.common.base.Supplier;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the binding errors a reader can recover from into collected {@link InputError}s and goes
 * on: an unknown field is reported (with the closest known field, or the grading system it belongs
 * to) and skipped; an invalid enumeration value (with the allowed values and the closest), a value
 * that is not of the field's type (text for a number, a list for a text) is reported and replaced by
 * a placeholder that is never seen, because a read with errors throws. Without an {@link
 * ErrorCollector} in the context (plain Jackson use), it leaves the problem to Jackson.
 */
final class RecoveringProblemHandler extends DeserializationProblemHandler {

  private final String system;
  private final Supplier<ImmutableMap<String, String>> foreignFields;

  /**
   * @param system the grading system of the files this handler reads
   * @param foreignFields the recommendation fields of other grading systems, mapped to the system,
   *     asked for only when a field is unknown
   */
  RecoveringProblemHandler(String system, Supplier<ImmutableMap<String, String>> foreignFields) {
    this.system = system;
    this.foreignFields = foreignFields;
  }

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext context,
      JsonParser parser,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    Optional<ErrorCollector> collector = ErrorCollector.of(context);
    if (collector.isEmpty()) {
      return false;
    }
    // The parser is at the field's value: inside it if the value is a mapping or a list.
    JsonStreamContext field =
        parser.currentToken() != null && parser.currentToken().isStructStart()
            ? parser.getParsingContext().getParent()
            : parser.getParsingContext();
    String path = JsonPaths.of(field);
    // No position here: the parser is at the value, and the field's own line is found afterwards.
    collector.get().add(collector.get().error(path, unknownFieldMessage(propertyName, deserializer.getKnownPropertyNames())));
    parser.skipChildren();
    return true;
  }

  private String unknownFieldMessage(String name, Collection<Object> known) {
    StringBuilder message = new StringBuilder("unknown field ").append(Quoted.value(name));
    String owner = foreignFields.get().get(name);
    if (owner != null && !known.contains(name)) {
      return message
          .append(": it belongs to ")
          .append(owner)
          .append(" recommendations, but the file declares system: ")
          .append(system)
          .toString();
    }
    Collection<String> names = known.stream().map(String::valueOf).sorted().collect(Collectors.toList());
    Optional<String> closest = Suggestions.closest(name, names);
    if (closest.isPresent()) {
      return message.append(" (did you mean '").append(closest.get()).append("'?)").toString();
    }
    return message.append(" (expected one of: ").append(String.join(", ", names)).append(')').toString();
  }

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext context, Class<?> targetType, String value, String failureMessage)
      throws IOException {
    return recover(context, targetType, BindingErrors.invalidValueMessage(targetType, value));
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext context, Class<?> targetType, Number value, String failureMessage)
      throws IOException {
    return recover(context, targetType, BindingErrors.invalidValueMessage(targetType, value));
  }

  /**
   * A value of another kind than the field takes (a list for a text, text for a list, a mapping
   * for a number): reported, skipped, and replaced by a placeholder where the field takes a scalar
   * or a list. A field that takes a mapping is left to Jackson (reading stops there).
   */
  @Override
  public Object handleUnexpectedToken(
      DeserializationContext context, JavaType targetType, JsonToken token, JsonParser parser, String failureMessage)
      throws IOException {
    Class<?> target = targetType.getRawClass();
    Optional<ErrorCollector> collector = ErrorCollector.of(context);
    Optional<Object> placeholder = placeholder(target);
    if (collector.isEmpty() || placeholder.isEmpty() || token == null) {
      return NOT_HANDLED;
    }
    boolean inside = token.isStructStart() && parser.currentToken() != token;
    JsonStreamContext at = inside ? parser.getParsingContext().getParent() : parser.getParsingContext();
    collector.get().add(parser, JsonPaths.of(at), BindingErrors.mismatchMessage(target, token, parser));
    if (inside) {
      // The deserializer has stepped into the list or mapping already: skip the rest of it.
      for (JsonToken next = parser.currentToken(); next != null && !next.isStructEnd(); next = parser.nextToken()) {
        parser.skipChildren();
      }
    } else {
      parser.skipChildren();
    }
    return placeholder.get();
  }

  private Object recover(DeserializationContext context, Class<?> targetType, String message) {
    Optional<ErrorCollector> collector = ErrorCollector.of(context);
    Optional<Object> placeholder = placeholder(targetType);
    if (collector.isEmpty() || placeholder.isEmpty()) {
      return NOT_HANDLED;
    }
    JsonParser parser = context.getParser();
    collector.get().add(parser, JsonPaths.of(parser.getParsingContext()), message);
    return placeholder.get();
  }

  /**
   * What stands in for an invalid value of a type while reading goes on; never seen, because a
   * read with errors throws. Valid wherever the type is used (a text placeholder is a valid id).
   */
  private static Optional<Object> placeholder(Class<?> type) {
    if (type.isEnum()) {
      return Optional.of(type.getEnumConstants()[0]);
    }
    Object value = PLACEHOLDERS.get(type);
    if (value != null) {
      return Optional.of(value);
    }
    for (Map.Entry<Class<?>, Object> collection : COLLECTION_PLACEHOLDERS.entrySet()) {
      if (type.isAssignableFrom(collection.getKey())) {
        return Optional.of(collection.getValue());
      }
    }
    return Optional.empty();
  }

  private static final ImmutableMap<Class<?>, Object> PLACEHOLDERS = ImmutableMap.<Class<?>, Object>builder()
      .put(String.class, "invalid-value")
      .put(Integer.class, 0)
      .put(int.class, 0)
      .put(Long.class, 0L)
      .put(long.class, 0L)
      .put(Double.class, 0.0)
      .put(double.class, 0.0)
      .put(Boolean.class, false)
      .put(boolean.class, false)
      .put(BigDecimal.class, BigDecimal.ZERO)
      .buildOrThrow();

  private static final ImmutableMap<Class<?>, Object> COLLECTION_PLACEHOLDERS = ImmutableMap.of(
      ImmutableList.class, ImmutableList.of(),
      ImmutableSet.class, ImmutableSet.of(),
      ImmutableMap.class, ImmutableMap.of());
}
