package org.evidencegrading.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.google.common.collect.Range;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a whole number that must lie in a range (an outcome's importance, a consensus vote). Out of
 * range, the reader collects the error and goes on (with the nearest bound in place of the value,
 * never seen because a read with errors throws); used outside the reader, it fails at once.
 * Subclasses fix the range, the same {@link Range} the value type's invariant checks.
 */
public abstract class BoundedIntDeserializer extends StdDeserializer<Integer> implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  private final Range<Integer> range;
  private final String expected;

  /**
   * @param range the accepted values, closed at both ends
   * @param meaning what the number is, for the message, e.g. "7-9 critical, 4-6 important, 1-3 not important"
   */
  protected BoundedIntDeserializer(Range<Integer> range, String meaning) {
    super(Integer.class);
    this.range = range;
    this.expected =
        "expected a whole number from "
            + range.lowerEndpoint()
            + " to "
            + range.upperEndpoint()
            + (meaning.isEmpty() ? "" : ": " + meaning);
  }

  /**
   * For a field of primitive type, a deserializer that refuses null, in the words of any other value
   * that is not a whole number: such a field has no value for null, and Jackson's own refusal came out
   * as an error line with no message ({@code importance:} with nothing after it). In an {@code
   * Optional} null is the empty value, as ever.
   */
  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
    return property != null && property.getType().isPrimitive() ? new Required(this) : this;
  }

  @Override
  public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    Optional<ErrorCollector> collector = ErrorCollector.of(context);
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      if (collector.isEmpty()) {
        return (Integer) context.handleUnexpectedToken(Integer.class, parser);
      }
      Integer standIn = collectNotANumber(collector.get(), parser, parser.currentToken());
      parser.skipChildren();
      return standIn;
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
      long value = parser.getLongValue();
      if (value >= range.lowerEndpoint() && value <= range.upperEndpoint()) {
        return (int) value;
      }
    }
    String message = Quoted.text(parser.getText()) + " is out of range (" + expected + ")";
    if (collector.isEmpty()) {
      throw context.weirdNumberException(parser.getNumberValue(), Integer.class, message);
    }
    collector.get().add(parser, JsonPaths.of(parser.getParsingContext()), message);
    return parser.getText().startsWith("-") ? range.lowerEndpoint() : range.upperEndpoint();
  }

  /** A null where a whole number is required: collected, or refused at once outside the reader. */
  private Integer refuseNull(DeserializationContext context) throws JsonMappingException {
    JsonParser parser = context.getParser();
    Optional<ErrorCollector> collector = ErrorCollector.of(context);
    if (collector.isEmpty()) {
      throw MismatchedInputException.from(parser, Integer.class, notANumber(JsonToken.VALUE_NULL, parser));
    }
    return collectNotANumber(collector.get(), parser, JsonToken.VALUE_NULL);
  }

  /** Collects the error of a value that is not a whole number; the lower bound stands in for it. */
  private Integer collectNotANumber(ErrorCollector collector, JsonParser parser, JsonToken found) {
    collector.add(parser, JsonPaths.of(parser.getParsingContext()), notANumber(found, parser));
    return range.lowerEndpoint();
  }

  private String notANumber(JsonToken found, JsonParser parser) {
    return expected + ", found " + BindingErrors.describe(found, parser);
  }

  /** The deserializer of a field of primitive type: the bounded one, refusing null. */
  private static final class Required extends StdDeserializer<Integer> {
    private static final long serialVersionUID = 1L;

    private final BoundedIntDeserializer bounded;

    Required(BoundedIntDeserializer bounded) {
      super(Integer.class);
      this.bounded = bounded;
    }

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return bounded.deserialize(parser, context);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }

    @Override
    public Integer getNullValue(DeserializationContext context) throws JsonMappingException {
      return bounded.refuseNull(context);
    }
  }
}
