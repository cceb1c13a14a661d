package org.evidencegrading.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * Rejects YAML anchors ({@code &name}) and aliases ({@code *name}). The guideline format has no use
 * for them, and alias expansion is how a few hundred bytes of YAML ("billion laughs") make a
 * reader build billions of nodes. Every way of advancing the parser goes through {@link
 * #nextToken()}, so no token escapes the check.
 */
final class YamlAliasGuard extends JsonParserDelegate {

  private final YAMLParser yaml;

  private YamlAliasGuard(YAMLParser yaml) {
    super(yaml);
    this.yaml = yaml;
  }

  /** The parser, guarded if it reads YAML. */
  static JsonParser guard(JsonParser parser) {
    return parser instanceof YAMLParser yaml ? new YamlAliasGuard(yaml) : parser;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = yaml.nextToken();
    if (yaml.isCurrentAlias()) {
      throw new com.fasterxml.jackson.core.JsonParseException(
          this, "YAML aliases (*" + yaml.getText() + ") are not supported: write the value out in full");
    }
    if (yaml.getCurrentAnchor() != null) {
      throw new com.fasterxml.jackson.core.JsonParseException(
          this,
          "YAML anchors (&" + yaml.getCurrentAnchor() + ") are not supported: write each value out in full");
    }
    return token;
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
