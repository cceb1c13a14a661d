package org.evidencegrading.io;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Syntax errors in the user's terms: what the parsers (SnakeYAML for YAML, Jackson for JSON) report
 * about the commonest mistakes (a missing colon, inconsistent indentation, an unclosed quote or
 * bracket, a comment in JSON) said as what is wrong and where, without the parsers' token and class
 * names. What is not recognised is said generically, never with a parser's internals.
 */
final class SyntaxMessages {

  /** A message and the 1-based line and column it is about. */
  record Located(int line, int column, String message) {}

  /** What the YAML scanner's token names stand for. */
  private static final Map<String, String> YAML_TOKENS = Map.ofEntries(
      Map.entry("<block mapping start>", "a field"),
      Map.entry("<block sequence start>", "a list item"),
      Map.entry("<block end>", "the end of the indented block"),
      Map.entry("<scalar>", "a value"),
      Map.entry("<flow sequence start>", "'['"),
      Map.entry("<flow sequence end>", "']'"),
      Map.entry("<flow mapping start>", "'{'"),
      Map.entry("<flow mapping end>", "'}'"),
      Map.entry("<document start>", "'---'"),
      Map.entry("<document end>", "'...'"),
      Map.entry("<stream end>", "the end of the file"),
      Map.entry("<anchor>", "an anchor (&)"),
      Map.entry("<alias>", "an alias (*)"),
      Map.entry("<tag>", "a tag (!)"),
      Map.entry("<directive>", "a directive (%)"),
      Map.entry("<key>", "'?'"),
      Map.entry("<value>", "':'"),
      Map.entry("<block entry>", "'-'"),
      Map.entry("<flow entry>", "','"));

  private static final Pattern FOUND = Pattern.compile("but found '?(<[a-z ]+>|[^']*)'?$");
  private static final Pattern CHARACTER = Pattern.compile("found character '([^']*)' that cannot start any token");
  private static final Pattern ESCAPE = Pattern.compile("found unknown escape character (.)\\(\\d+\\)");
  private static final Pattern INTERNALS = Pattern.compile(
      "(?i)\\b(java|javax|com|org)\\.[a-z]|Exception|Event\\b|Feature|StreamReadConstraints|SnakeYAML|Jackson|\\[Source|out of range of (int|long)|`");

  private SyntaxMessages() {}

  /** A YAML syntax error, located where the mistake most likely is. */
  static Located yaml(MarkedYAMLException error, byte[] document) {
    String problem = oneLine(error.getProblem());
    String context = oneLine(error.getContext());
    Mark at = error.getProblemMark() != null ? error.getProblemMark() : error.getContextMark();
    Mark start = error.getContextMark() != null ? error.getContextMark() : at;
    if (at == null) {
      return new Located(0, 0, "invalid YAML: " + clean(problem, "the syntax is not valid here"));
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return unexpectedColon(at, document);
    }
    if (context.contains("simple key") && problem.contains("could not find expected ':'")) {
      return located(start, "missing ':' after the field name (expected 'name: value')");
    }
    if (context.contains("quoted scalar") && (problem.contains("end of stream") || problem.contains("document separator"))) {
      String quote = String.valueOf(characterAt(document, start).orElse('"'));
      return located(start, "this quoted text is not closed: the closing " + quote + " is missing");
    }
    Matcher escape = ESCAPE.matcher(problem);
    if (escape.find()) {
      return located(at, "unknown escape '\\" + Quoted.text(escape.group(1))
          + "' in double-quoted text (write \\\\ for a backslash, or use single quotes)");
    }
    if (context.contains("flow sequence") || context.contains("flow mapping")) {
      String bracket = context.contains("sequence") ? "'[' ... ']'" : "'{' ... '}'";
      return located(start, "this " + bracket + " is not closed, or its entries are not separated by ','");
    }
    Matcher character = CHARACTER.matcher(problem);
    if (character.find()) {
      return located(at, "the character " + Quoted.value(character.group(1))
          + " cannot start a value: put the value in quotes");
    }
    if (problem.contains("tag handle") || context.contains("tag")) {
      return located(at, tagsMessage());
    }
    if (context.contains("block scalar")) {
      return located(at, "invalid indicator after '|' or '>' (expected |, |-, |+, >, >- or >+)");
    }
    if (context.contains("alias") || context.contains("anchor")) {
      return located(at, "a value that starts with '&' or '*' must be quoted (YAML anchors and aliases are not supported)");
    }
    if (context.contains("directive") || problem.contains("YAML document") || problem.contains("directive")) {
      return located(at, "YAML directives (lines starting with '%') are not supported: remove the line");
    }
    Matcher found = FOUND.matcher(problem);
    if (problem.startsWith("expected <block end>") && found.find()) {
      return located(at, blockEndMessage(found.group(1)));
    }
    if (found.find(0)) {
      return located(at, "unexpected " + tokenWords(found.group(1)) + " here: check the indentation, or put the value in quotes");
    }
    return located(at, "invalid YAML: " + clean(tokenWords(problem), "the syntax is not valid here"));
  }

  /** "YAML tags (!!str, !name) are not supported: write the value without a tag". */
  static String tagsMessage() {
    return "YAML tags (such as !!str or !name) are not supported: write the value without a tag";
  }

  /**
   * A ':' where no mapping can start. After a line without a colon, indented as this one, that line
   * misses its colon (YAML read both lines as one key); with two ': ' in a line, the value needs
   * quotes; otherwise the line is indented deeper than the field before it.
   */
  private static Located unexpectedColon(Mark at, byte[] document) {
    String line = line(document, at.getLine()).orElse("");
    int column = Math.min(at.getColumn(), line.length());
    if (line.substring(0, column).contains(": ")) {
      return located(at, "a second ': ' in one line: put a value that contains ': ' in quotes");
    }
    int indent = indentation(line);
    for (int before = at.getLine() - 1; before >= 0; before--) {
      String previous = line(document, before).orElse("");
      String content = previous.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      if (indentation(previous) == indent && !content.contains(":") && !content.startsWith("-")) {
        return new Located(before + 1, indent + 1, "missing ':' after the field name (expected 'name: value')");
      }
      if (indentation(previous) < indent) {
        return new Located(at.getLine() + 1, indent + 1,
            "this line is indented deeper than the field before it: fields of one mapping start in the same column");
      }
      break;
    }
    return located(at, "a ':' where no field can start: check the indentation of this line and the line before it");
  }

  private static String blockEndMessage(String found) {
    return switch (found) {
      case "<block mapping start>", "<block sequence start>" ->
          "this line is indented less than the line before it, but deeper than the field they belong to:"
              + " indent the fields of one mapping, and the items of one list, by the same number of spaces";
      case "-" -> "a list item where a field was expected: a list starts on the line after its field"
          + " ('studies:', then '  - id: ...'), and its items are indented alike";
      case "?" -> "a field where a list item was expected: every item of a list starts with '- '";
      case "<scalar>" -> "text after the end of a value: put the whole value in quotes, or check the indentation";
      default -> "unexpected " + tokenWords(found) + " here: check the indentation and the brackets";
    };
  }

  /**
   * A JSON syntax error or another of Jackson's reading errors, given its message without the
   * location Jackson appends.
   */
  static String json(String original) {
    String message = oneLine(original);
    Matcher character = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)").matcher(message);
    if (character.find()) {
      String found = Quoted.value(character.group(1));
      String rest = message.substring(character.end());
      if (rest.contains("comment")) {
        return "comments are not allowed in JSON";
      }
      if (rest.contains("double-quote to start field name")) {
        return "expected a field name in double quotes, found " + found;
      }
      if (rest.contains("comma to separate Object")) {
        return "expected ',' or '}' after the value of a field, found " + found;
      }
      if (rest.contains("comma to separate Array")) {
        return "expected ',' or ']' after an item of a list, found " + found;
      }
      if (rest.contains("colon to separate field name")) {
        return "expected ':' after the field name, found " + found;
      }
      if (rest.contains("numeric value")) {
        return "invalid number: JSON numbers have no '+' sign, leading zero or trailing '.'";
      }
      if (rest.contains("expected a valid value") || rest.contains("expected a value")) {
        return "expected a value (" + JSON_VALUES + "), found " + found;
      }
      return "unexpected character " + found;
    }
    Matcher token = Pattern.compile("^Unrecognized token '(.*?)'").matcher(message);
    if (token.find()) {
      return "unrecognized text " + Quoted.value(token.group(1)) + " (expected " + JSON_VALUES + ")";
    }
    Matcher control = Pattern.compile("^(Illegal|Unexpected) (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)").matcher(message);
    if (control.find()) {
      return control.group(2) != null
          ? "a control character (code " + control.group(3) + ") inside text: write it as an escape such as \\n or \\u0001"
          : "a control character (code " + control.group(3) + ") outside text (is it a binary file?)";
    }
    Matcher escape = Pattern.compile("^Unrecognized character escape '(.+?)'").matcher(message);
    if (escape.find()) {
      return "unknown escape '\\" + Quoted.text(escape.group(1)) + "' in text (write \\\\ for a backslash)";
    }
    Matcher close = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'").matcher(message);
    if (close.find()) {
      return "unexpected '" + close.group(1) + "' (expected '" + close.group(2) + "' to close the "
          + (close.group(2).equals("}") ? "mapping" : "list") + " first)";
    }
    Matcher number = Pattern.compile("^Numeric value \\((.*?)\\) out of range of (int|long)").matcher(message);
    if (number.find()) {
      return "the number " + Quoted.text(number.group(1)) + " is too large (expected a whole number from "
          + (number.group(2).equals("int") ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : Long.MIN_VALUE + " to " + Long.MAX_VALUE) + ")";
    }
    if (message.startsWith("Non-standard token")) {
      Matcher nonStandard = Pattern.compile("^Non-standard token '(.*?)'").matcher(message);
      return (nonStandard.find() ? Quoted.value(nonStandard.group(1)) : "this value") + " is not a number JSON allows";
    }
    if (message.startsWith("Invalid numeric value")) {
      return message.contains("Leading zeroes")
          ? "a number with a leading zero: write 9, not 09"
          : "invalid number: JSON numbers have no '+' sign, leading zero or trailing '.'";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return "the document ends too early (is the file truncated?)" + (message.contains("String value") ? ": a text value is not closed"
          : message.contains("Array") ? ": a '[' is not closed" : message.contains("Object") ? ": a '{' is not closed" : "");
    }
    if (message.startsWith("Invalid UTF-8") || message.contains("UCS-4") || message.contains("Invalid UTF-32")) {
      return "the file is not UTF-8 text: " + clean(uncapitalize(message.replaceAll("\\s*\\(.*$", "")), "it has bytes UTF-8 does not allow");
    }
    if (message.startsWith("Expected a field name") || message.contains("got this instead")) {
      return "a field name must be plain text, not a list or a mapping";
    }
    return "invalid syntax: " + clean(message, "the document is not valid JSON or YAML here");
  }

  private static final String JSON_VALUES = "text in double quotes, a number, a list, a mapping, true, false or null";

  /** The problem in words, or the fallback when it would show parser internals. */
  static String clean(String problem, String fallback) {
    String cleaned = problem.replaceAll("\\s*\\(code \\d+\\)", "").replaceAll("\\s*\\((for|start marker|at) .*$", "").trim();
    return cleaned.isEmpty() || INTERNALS.matcher(cleaned).find() ? fallback : cleaned;
  }

  /** Whether a message shows parser internals: class names, event or feature names, Jackson's location. */
  static boolean showsInternals(String message) {
    return INTERNALS.matcher(message).find();
  }

  private static String tokenWords(String text) {
    String words = text;
    for (Map.Entry<String, String> token : YAML_TOKENS.entrySet()) {
      words = words.replace("'" + token.getKey() + "'", token.getValue()).replace(token.getKey(), token.getValue());
    }
    return words.length() == 1 ? "'" + words + "'" : words;
  }

  private static Located located(Mark mark, String message) {
    return new Located(mark.getLine() + 1, mark.getColumn() + 1, message);
  }

  private static Optional<Character> characterAt(byte[] document, Mark mark) {
    return line(document, mark.getLine())
        .filter(line -> mark.getColumn() < line.length())
        .map(line -> line.charAt(mark.getColumn()));
  }

  /** The 0-based line {@code index} of the document, if it has one. */
  private static Optional<String> line(byte[] document, int index) {
    int start = 0;
    for (int line = 0; line < index; line++) {
      int end = indexOf(document, start);
      if (end < 0) {
        return Optional.empty();
      }
      start = end + 1;
    }
    int end = indexOf(document, start);
    String text = new String(document, start, (end < 0 ? document.length : end) - start, StandardCharsets.UTF_8);
    return Optional.of(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
  }

  private static int indexOf(byte[] document, int from) {
    for (int i = from; i < document.length; i++) {
      if (document[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int indentation(String line) {
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return spaces;
  }

  /** The first line of a parser's message, without the location Jackson appends; empty for null. */
  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    int source = line.indexOf(" at [Source:");
    return (source < 0 ? line : line.substring(0, source)).trim();
  }

  static String uncapitalize(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
