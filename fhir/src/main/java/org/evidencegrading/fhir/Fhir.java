package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the FHIR data types this module writes, as Jackson trees, and reads narrative back. */
final class Fhir {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DIV_START = "<div xmlns=\"http://www.w3.org/1999/xhtml\">";
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private Fhir() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** A {@code CodeableConcept} of these codes, in this order. */
  static ObjectNode concept(Code... codes) {
    ObjectNode concept = object();
    ArrayNode codings = concept.putArray("coding");
    for (Code code : codes) {
      codings.add(code.coding());
    }
    return concept;
  }

  /** A {@code CodeableConcept} of text alone. */
  static ObjectNode conceptText(String text) {
    return object().put("text", text);
  }

  /** A {@code Reference} to a Bundle entry by its full URL. */
  static ObjectNode reference(String fullUrl, String type) {
    return object().put("reference", fullUrl).put("type", type);
  }

  /** An {@code Identifier}. */
  static ObjectNode identifier(String system, String value) {
    return object().put("system", system).put("value", value);
  }

  /** An {@code Annotation} of text. */
  static ObjectNode annotation(String text) {
    return object().put("text", text);
  }

  /** A {@code Quantity} of a bare number. */
  static ObjectNode quantity(double value) {
    return object().put("value", value);
  }

  /** A {@code Quantity} of a bare whole number. */
  static ObjectNode quantity(int value) {
    return object().put("value", value);
  }

  /** Generated {@code Narrative} holding exactly this text. */
  static ObjectNode narrative(String text) {
    return object().put("status", "generated").put("div", DIV_START + escape(text) + "</div>");
  }

  /** The text of a {@code Narrative}: its markup removed and its character references resolved. */
  static String narrativeText(JsonNode narrative) {
    String div = narrative.path("div").asText();
    return unescape(TAG.matcher(div).replaceAll(""));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String unescape(String markup) {
    Matcher entity = ENTITY.matcher(markup);
    StringBuilder text = new StringBuilder();
    while (entity.find()) {
      String name = entity.group(1);
      String character = switch (name) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> Character.toString(name.startsWith("#x")
            ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1)));
      };
      entity.appendReplacement(text, Matcher.quoteReplacement(character));
    }
    return entity.appendTail(text).toString();
  }
}
