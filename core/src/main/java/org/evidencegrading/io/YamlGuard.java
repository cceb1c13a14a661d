package org.evidencegrading.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Guards a YAML parser where Jackson's YAML support leaves limits unenforced:
 *
 * <ul>
 *   <li>YAML anchors ({@code &name}) and aliases ({@code *name}) are rejected. The guideline format
 *       has no use for them, and alias expansion is how a few hundred bytes of YAML ("billion
 *       laughs") make a reader build billions of nodes.
 *   <li>Nesting deeper than {@link ReadLimits#maxNestingDepth()} is rejected (SnakeYAML's own limit
 *       applies only when it builds nodes, which Jackson does not ask it to), and so is a text value
 *       longer than {@link ReadLimits#maxStringLength()} (Jackson checks that only for JSON).
 *   <li>Before parsing, {@link #longWord} finds runs without white space longer than {@link
 *       ReadLimits#maxYamlWordLength()}, which SnakeYAML would take quadratic time over.
 *   <li>YAML tags ({@code !!str}, {@code !name}) are rejected: the format has no use for them, and
 *       ignoring them would read something else than the author meant.
 *   <li>Numbers and truth values YAML 1.1 reads other than they look are rejected: {@code 011}
 *       (octal, 9), {@code 0x1F}, {@code 1_000}, {@code .inf}, and {@code yes}, {@code no}, {@code
 *       on}, {@code off} (true and false). Numbers are decimal, truth values {@code true} or {@code
 *       false}; anything else meant as text goes in quotes.
 * </ul>
 *
 * Every way of advancing the parser goes through {@link #nextToken()}, so no token escapes the
 * checks.
 */
final class YamlGuard extends JsonParserDelegate {

  /** What the guard rejects; its message is meant for the user as it stands. */
  static final class Rejected extends JsonParseException {
    private static final long serialVersionUID = 1L;

    /** Rejects the token the parser is at, located where the token starts. */
    Rejected(JsonParser parser, String message) {
      super(parser, message, parser.currentTokenLocation());
    }
  }

  private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]+");
  private static final Pattern TRUTH = Pattern.compile("true|True|TRUE|false|False|FALSE");

  /** The YAML 1.1 booleans that are also names of enumeration values. */
  private static final Pattern ENUMERATION_NAMES = Pattern.compile("YES|NO");

  private final YAMLParser yaml;
  private final int maxDepth;
  private final int maxStringLength;
  private int depth;

  private YamlGuard(YAMLParser yaml, ReadLimits limits) {
    super(yaml);
    this.yaml = yaml;
    this.maxDepth = limits.maxNestingDepth();
    this.maxStringLength = limits.maxStringLength();
  }

  /** The parser, guarded if it reads YAML. */
  static JsonParser guard(JsonParser parser, ReadLimits limits) {
    return parser instanceof YAMLParser yaml ? new YamlGuard(yaml, limits) : parser;
  }

  /**
   * Where a YAML document has a run of more than {@code limit} characters without white space, as
   * {@code {line, column, length}} (1-based), if it has one. Counted in bytes, which for UTF-8 is at
   * least the characters. One pass over the bytes, before the parser sees any of them.
   */
  static java.util.Optional<long[]> longWord(byte[] document, int limit) {
    long line = 1;
    int lineStart = 0;
    int runStart = 0;
    for (int i = 0; i <= document.length; i++) {
      byte b = i < document.length ? document[i] : (byte) ' ';
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
        if (i - runStart > limit) {
          return java.util.Optional.of(new long[] {line, runStart - lineStart + 1, i - runStart});
        }
        if (b == '\n') {
          line++;
          lineStart = i + 1;
        }
        runStart = i + 1;
      }
    }
    return java.util.Optional.empty();
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = yaml.nextToken();
    if (yaml.isCurrentAlias()) {
      throw new Rejected(this, "YAML aliases (*" + Quoted.text(yaml.getText()) + ") are not supported: write the value out in full");
    }
    String anchor = yaml.getObjectId(); // a YAML anchor is Jackson's object id
    if (anchor != null) {
      throw new Rejected(this, "YAML anchors (&" + Quoted.text(anchor) + ") are not supported: write each value out in full");
    }
    if (token != null && token.isStructStart() && ++depth > maxDepth) {
      throw new Rejected(this, "the document nests deeper than the limit of " + maxDepth + " levels");
    }
    if (token != null && token.isStructEnd()) {
      depth--;
    }
    if (token != null && !token.isStructEnd() && yaml.getTypeId() != null) {
      throw new Rejected(this, SyntaxMessages.tagsMessage());
    }
    if (token == JsonToken.VALUE_NUMBER_INT && !DECIMAL_INTEGER.matcher(yaml.getText()).matches()
        || token == JsonToken.VALUE_NUMBER_FLOAT && !DECIMAL.matcher(yaml.getText()).matches()) {
      throw new Rejected(this, numberMessage(yaml.getText()));
    }
    // YES and NO, exactly so, are left for the enumerations that have them as values (GRADE's
    // YesNoJudgment reads them by name, where YAML 1.1 parsed them as booleans).
    if ((token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) && !TRUTH.matcher(yaml.getText()).matches()
        && !ENUMERATION_NAMES.matcher(yaml.getText()).matches()) {
      throw new Rejected(this, Quoted.value(yaml.getText()) + " is read by YAML as " + (token == JsonToken.VALUE_TRUE)
          + ": write true or false, or put the value in quotes if it is text");
    }
    if (token == JsonToken.VALUE_STRING && yaml.getTextLength() > maxStringLength) {
      throw new Rejected(this, "a text value of " + yaml.getTextLength() + " characters is longer than the limit of "
          + maxStringLength + " characters");
    }
    return token;
  }

  private static String numberMessage(String text) {
    if (LEADING_ZERO.matcher(text).matches()) {
      return "the number " + Quoted.value(text) + " starts with 0, which YAML reads as an octal number (011 is 9):"
          + " write it without the leading zero, or in quotes if it is text";
    }
    return Quoted.value(text) + " is not a decimal number: write numbers in decimal digits, or in quotes if it is text";
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }
}
