package org.evidencegrading.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the binding errors a reader can recover from into collected {@link InputError}s and goes
 * on: an unknown field is reported (with the closest known field, or the grading system it belongs
 * to) and skipped; an invalid enumeration value is reported (with the allowed values) and replaced
 * by a placeholder that is never seen, because a read with errors throws. Without an {@link
 * ErrorCollector} in the context (plain Jackson use), it leaves the problem to Jackson.
 */
final class RecoveringProblemHandler extends DeserializationProblemHandler {

  private final String system;
  private final ImmutableMap<String, String> foreignFields;

  /**
   * @param system the grading system of the files this handler reads
   * @param foreignFields the recommendation fields of other grading systems, mapped to the system
   */
  RecoveringProblemHandler(String system, ImmutableMap<String, String> foreignFields) {
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
    com.fasterxml.jackson.core.JsonStreamContext field =
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
    StringBuilder message = new StringBuilder("unknown field '").append(name).append('\'');
    String owner = foreignFields.get(name);
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
    return recoverEnum(context, targetType, "'" + value + "'");
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext context, Class<?> targetType, Number value, String failureMessage)
      throws IOException {
    return recoverEnum(context, targetType, String.valueOf(value));
  }

  private Object recoverEnum(DeserializationContext context, Class<?> targetType, String shown) {
    Optional<ErrorCollector> collector = ErrorCollector.of(context);
    if (collector.isEmpty() || !targetType.isEnum()) {
      return NOT_HANDLED;
    }
    JsonParser parser = context.getParser();
    collector.get().add(parser, JsonPaths.of(parser.getParsingContext()), invalidEnumMessage(targetType, shown));
    return targetType.getEnumConstants()[0];
  }

  /** "invalid value 'X' (expected one of: A, B, C)": the values are matched exactly. */
  static String invalidEnumMessage(Class<?> enumType, String shown) {
    String allowed =
        Arrays.stream(enumType.getEnumConstants())
            .map(constant -> ((Enum<?>) constant).name())
            .collect(Collectors.joining(", "));
    return "invalid value " + shown + " (expected one of: " + allowed + ")";
  }
}
