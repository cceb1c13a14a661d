package org.evidencegrading.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.testing.TestResources;
import org.evidencegrading.testing.ToyRecommendation;
import org.evidencegrading.testing.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidelineReaderTest {

  @TempDir Path directory;

  @Test
  void readsYamlIntoTheModelOfTheSystemTheFileNames() {
    Guideline guideline = GuidelineReader.read(TestResources.path(getClass(), "toy.yaml"));

    assertEquals("toy-guideline", guideline.guideline().id());
    assertEquals("TOY", guideline.guideline().system());
    assertEquals(2, guideline.studies().size());
    assertEquals("10.1000/toy.1", guideline.study("smith-2020").orElseThrow().doi().orElseThrow());
    Question first = guideline.questions().get(0);
    ToyRecommendation recommendation = (ToyRecommendation) first.recommendations().get(0);
    assertEquals(List.of("smith-2020", "jones-2021"), recommendation.studies());
    assertEquals(Verdict.STRONG, recommendation.published().orElseThrow());
    assertTrue(guideline.questions().get(1).recommendations().isEmpty());
  }

  @Test
  void readsJsonWithFieldsInAnyOrderIntoTheSameModel() {
    assertEquals(
        GuidelineReader.read(TestResources.path(getClass(), "toy.yaml")),
        GuidelineReader.read(TestResources.path(getClass(), "toy.json")));
  }

  @Test
  void reportsEveryErrorOfAFileInOneReadWithLinesAndPaths() {
    InvalidGuidelineException thrown = assertThrows(
        InvalidGuidelineException.class,
        () -> GuidelineReader.read(TestResources.path(getClass(), "several-errors.yaml")));

    List<String> errors = thrown.errors().stream().map(e -> e.line().orElse(0) + " " + e.path() + ": " + e.message()).toList();
    assertEquals(
        List.of(
            "7 studies[1].id: duplicate study id 'smith-2020' (first used at studies[0].id)",
            "13 questions[0].recommendations[0].studies[1]: study 'smyth-2020' is not in the bibliography (studies) (did you mean 'smith-2020'?)",
            "14 questions[0].recommendations[0].weight: 12 is out of range (expected a whole number from 1 to 9)",
            "15 questions[0].recommendations[0].publishd: unknown field 'publishd' (did you mean 'published'?)",
            "16 questions[0].recommendations[1].id: duplicate recommendation id 'q1a' (first used at questions[0].recommendations[0].id)",
            "17 questions[0].recommendations[1].statement: a statement must not be blank",
            "18 questions[0].recommendations[1].studies[0]: study 'nobody-1999' is not in the bibliography (studies)",
            "20 questions[0].recommendations[1].published: invalid value 'MIGHTY' (expected one of: STRONG, WEAK)"),
        errors);
    assertTrue(thrown.errors().stream().allMatch(e -> e.file().orElseThrow().endsWith("several-errors.yaml")));
    assertTrue(thrown.getMessage().endsWith("(and 7 more)"), thrown.getMessage());
  }

  @Test
  void stopsCollectingAtTheCap() {
    InvalidGuidelineException thrown = assertThrows(
        InvalidGuidelineException.class,
        () -> GuidelineReader.read(TestResources.path(getClass(), "several-errors.yaml"), ReadLimits.builder().maxErrors(3).build()));

    assertEquals(3, thrown.errors().size());
  }

  @Test
  void namesTheFileLineAndColumnInOneLine() {
    InvalidGuidelineException thrown = assertThrows(
        InvalidGuidelineException.class, () -> read("bad.yaml", TOY_HEADER + "questions:\n  - id: q1\n    txt: typo\n"));

    assertEquals(directory.resolve("bad.yaml") + ":7:5: questions[0].txt: unknown field 'txt' (did you mean 'text'?)",
        thrown.errors().get(0).toString());
  }

  @Test
  void rejectsAMissingFormat() {
    assertMessage("missing field 'format' (expected format: evidence-grading/1 as the first line)",
        "x.yaml", "guideline:\n  id: x\n  system: TOY\n");
  }

  @Test
  void rejectsAnotherFormatVersionWhereItStands() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> read("x.yaml", "# comment\nformat: evidence-grading/2\nguideline: {id: x, system: TOY}\n"));
    assertEquals("unsupported format 'evidence-grading/2' (expected 'evidence-grading/1')", thrown.errors().get(0).message());
    assertEquals(2, thrown.errors().get(0).line().orElseThrow());
  }

  @Test
  void rejectsAMissingOrUnknownSystemListingTheKnownOnes() {
    assertMessage("missing field 'system' (expected one of: TOY)", "x.yaml", "format: evidence-grading/1\nguideline: {id: x}\n");
    assertMessage("unknown grading system 'toy' (expected one of: TOY; did you mean 'TOY'?)",
        "x.yaml", "format: evidence-grading/1\nguideline: {id: x, system: toy}\n");
  }

  @Test
  void rejectsEmptyAndNonMappingDocuments() {
    assertMessage("the document is empty (expected a guideline: format, guideline, studies, questions)", "x.yaml", "");
    assertMessage("the document is empty (expected a guideline: format, guideline, studies, questions)", "x.yaml", "# only a comment\n");
    assertMessage("expected a mapping with the fields format, guideline, studies and questions at the top of the document",
        "x.yaml", "just some words\n");
  }

  @Test
  void rejectsTabIndentation() {
    assertMessage("tab character where YAML expects spaces: indent YAML with spaces only",
        "x.yaml", TOY_HEADER + "questions:\n\t- id: q1\n");
  }

  @Test
  void rejectsTruncatedJsonAndContentAfterTheDocument() {
    String json = "{\"format\": \"evidence-grading/1\", \"guideline\": {\"id\": \"x\", \"system\": \"TOY\"}, \"questions\": [";
    InvalidGuidelineException truncated = assertThrows(InvalidGuidelineException.class, () -> read("x.json", json));
    assertTrue(truncated.errors().get(0).message().startsWith("the document ends too early (is the file truncated?)"),
        truncated.errors().get(0).message());

    assertMessage("content after the end of the document (a file holds one guideline document)",
        "x.json", json + "]} {}");
    assertMessage("content after the end of the document (a file holds one guideline document)",
        "x.yaml", TOY_HEADER + "---\nformat: evidence-grading/1\n");
  }

  @Test
  void rejectsYamlAnchorsAndAliases() {
    String bomb = TOY_HEADER + "studies:\n  - &s {id: a}\n  - *s\n";
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class, () -> read("x.yaml", bomb));
    assertTrue(thrown.errors().get(0).message().startsWith("YAML anchors (&s) are not supported"), thrown.errors().get(0).message());
  }

  @Test
  void rejectsDocumentsNestedDeeperThanTheLimit() {
    String deepYaml = TOY_HEADER + "extra: " + "[".repeat(40) + "]".repeat(40) + "\n";
    InvalidGuidelineException yaml = assertThrows(InvalidGuidelineException.class, () -> read("x.yaml", deepYaml));
    assertEquals("the document nests deeper than the limit of 32 levels", yaml.errors().get(1).message());

    String deepJson = "{\"format\": \"evidence-grading/1\", \"guideline\": {\"id\": \"x\", \"system\": \"TOY\"}, \"extra\": "
        + "[".repeat(40) + "]".repeat(40) + "}";
    InvalidGuidelineException json = assertThrows(InvalidGuidelineException.class, () -> read("x.json", deepJson));
    assertEquals("the document nests deeper than the limit of 32 levels", json.errors().get(1).message());
  }

  @Test
  void rejectsYamlWordsLongerThanTheLimitBeforeParsing() throws IOException {
    Path file = Files.writeString(directory.resolve("long.yaml"), TOY_HEADER + "studies:\n  - id: " + "x".repeat(200) + "\n");
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.read(file, ReadLimits.builder().maxYamlWordLength(100).build()));
    assertEquals(directory.resolve("long.yaml") + ":6:9: a run of 200 characters without white space, more than the YAML"
        + " limit of 100 (break long text with spaces or line breaks)", thrown.getMessage());
  }

  @Test
  void rejectsTextValuesLongerThanTheLimitInYamlAndJson() throws IOException {
    ReadLimits limits = ReadLimits.builder().maxStringLength(50).build();
    Path yaml = Files.writeString(directory.resolve("long.yaml"), TOY_HEADER + "  title: " + "word ".repeat(20) + "\n");
    assertEquals("a text value of 99 characters is longer than the limit of 50 characters",
        assertThrows(InvalidGuidelineException.class, () -> GuidelineReader.read(yaml, limits)).errors().get(0).message());
    Path json = Files.writeString(directory.resolve("long.json"),
        "{\"format\": \"evidence-grading/1\", \"guideline\": {\"id\": \"x\", \"system\": \"TOY\", \"title\": \"" + "x".repeat(99) + "\"}}");
    assertEquals("a text value is longer than the limit of 50 characters",
        assertThrows(InvalidGuidelineException.class, () -> GuidelineReader.read(json, limits)).errors().get(0).message());
  }

  @Test
  void rejectsRepeatedKeysInAMapping() {
    assertMessage("field 'id' appears twice in the same mapping", "x.yaml", TOY_HEADER + "studies:\n  - id: a\n    id: b\n");
  }

  @Test
  void rejectsMissingFilesDirectoriesAndOtherExtensions() throws IOException {
    assertMessage("no such file", directory.resolve("absent.yaml"));
    assertMessage("is a directory, not a guideline file (expected a .yaml, .yml or .json file)", directory);
    Path text = Files.writeString(directory.resolve("guideline.txt"), TOY_HEADER);
    assertMessage("unsupported file name extension (expected .yaml, .yml or .json)", text);
  }

  @Test
  void rejectsFilesLargerThanTheLimitBeforeReadingThem() throws IOException {
    Path file = Files.writeString(directory.resolve("big.yaml"), TOY_HEADER + "#".repeat(2000));
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.read(file, ReadLimits.builder().maxDocumentBytes(1000).build()));
    assertTrue(thrown.errors().get(0).message().endsWith("more than the limit of 1000 bytes"), thrown.getMessage());
  }

  @Test
  void namesMissingRequiredFields() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> read("x.yaml", TOY_HEADER + "questions:\n  - id: q\n    recommendations:\n      - id: r\n        weight: 2\n"));
    assertEquals("missing required field 'statement'", thrown.errors().get(0).message());
    assertEquals("questions[0].recommendations[0]", thrown.errors().get(0).path());
  }

  @Test
  void saysWhatKindOfValueWasExpected() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> read("x.yaml", TOY_HEADER + "studies: smith-2020\n"));
    assertEquals("expected a list, found text 'smith-2020'", thrown.errors().get(0).message());
    assertEquals("studies", thrown.errors().get(0).path());
  }

  /** Regression: a wrong-typed value stopped reading, and the file's other errors were not reported. */
  @Test
  void aWrongTypedValueDoesNotHideTheOtherErrorsOfTheFile() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class, () -> read("x.yaml",
        "format: evidence-grading/1\nguideline:\n  id: x\n  system: TOY\n  year: \"twenty\"\n  title: [a, b]\n"
            + "studies: a-study\nquestions:\n  - id: q\n    recommendations:\n      - id: r\n        statement: S\n"
            + "        weight: heavy\n        studies: [nobody]\n        publishd: STRONG\n"));
    assertEquals(List.of(
            "5 guideline.year: invalid value 'twenty' (expected a whole number)",
            "6 guideline.title: expected text, found a list",
            "7 studies: expected a list, found text 'a-study'",
            "13 questions[0].recommendations[0].weight: expected a whole number from 1 to 9, found text 'heavy'",
            "14 questions[0].recommendations[0].studies[0]: study 'nobody' is not in the bibliography (studies)",
            "15 questions[0].recommendations[0].publishd: unknown field 'publishd' (did you mean 'published'?)"),
        thrown.errors().stream().map(e -> e.line().orElse(0) + " " + e.path() + ": " + e.message()).toList());
  }

  @Test
  void suggestsTheClosestValueForAMisspelledEnumerationValue() {
    assertMessage("invalid value 'STORNG' (expected one of: STRONG, WEAK; did you mean 'STRONG'?)", "x.yaml",
        TOY_HEADER + "questions:\n  - id: q\n    recommendations:\n      - {id: r, statement: S, weight: 1, published: STORNG}\n");
    assertMessage("invalid value 'weak' (expected one of: STRONG, WEAK; did you mean 'WEAK'?)", "x.yaml",
        TOY_HEADER + "questions:\n  - id: q\n    recommendations:\n      - {id: r, statement: S, weight: 1, published: weak}\n");
    assertMessage("invalid value 'MIGHTY' (expected one of: STRONG, WEAK)", "x.yaml",
        TOY_HEADER + "questions:\n  - id: q\n    recommendations:\n      - {id: r, statement: S, weight: 1, published: MIGHTY}\n");
  }

  /** Regression: error lines quoted input of any length (a 1 MB line for a 1 M-character key). */
  @Test
  void quotesAtMostSixtyCharactersOfTheInput() {
    String key = "k".repeat(1_000_000);
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> read("x.yaml", TOY_HEADER + "  ? " + key + "\n  : 1\n"));
    String line = thrown.errors().get(0).toString();
    assertTrue(line.endsWith(": guideline." + "k".repeat(57) + "...: unknown field '" + "k".repeat(57)
        + "...' (expected one of: id, publisher, system, title, year)"), line);
  }

  /** Regression: escape sequences in field names and values reached the terminal through error lines. */
  @Test
  void showsControlCharactersInErrorLinesAsEscapes() {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> read("x.json", "{\"format\": \"evidence-grading/1\", \"guideline\": {\"id\": \"x\", \"system\": \"TOY\","
            + " \"\\u001b[2Jt\\u202eitle\": \"\\u0007\"}}"));
    String line = thrown.errors().get(0).toString();
    assertTrue(line.endsWith(": guideline.\\u001B[2Jt\\u202Eitle: unknown field '\\u001B[2Jt\\u202Eitle' (expected one of:"
        + " id, publisher, system, title, year)"), line);
  }

  /** Regression: messages showed parser internals (class names, feature names, "out of range of long"). */
  @Test
  void saysJsonSyntaxErrorsInTheUsersTerms() {
    String header = "{\"format\": \"evidence-grading/1\", \"guideline\": {\"id\": \"x\", \"system\": \"TOY\"";
    assertMessage("comments are not allowed in JSON", "x.json", header + ", /* c */ \"year\": 1}}");
    assertMessage("expected a field name in double quotes, found '''", "x.json", header + ", 'year': 1}}");
    assertMessage("expected ':' after the field name, found '1'", "x.json", header + ", \"year\" 1}}");
    assertMessage("expected ',' or '}' after the value of a field, found '\"'", "x.json", header + " \"year\": 1}}");
    assertMessage("'NaN' is not a number JSON allows", "x.json", header + ", \"year\": NaN}}");
    assertMessage("a number with a leading zero: write 9, not 09", "x.json", header + ", \"year\": 09}}");
    assertMessage("the number 99999999999999999999 is too large (expected a whole number from -2147483648 to 2147483647)",
        "x.json", header + ", \"year\": 99999999999999999999}}");
    assertMessage("unexpected ']' (expected '}' to close the mapping first)", "x.json", header + "]}");
    assertMessage("a field name is longer than the limit of 50000 characters", "x.json",
        header + ", \"" + "n".repeat(50_001) + "\": 1}}");
  }

  /** Regression: a missing colon was "invalid syntax: while scanning a simple key", bad indentation "while parsing a block mapping". */
  @Test
  void saysTheCommonestYamlMistakesInTheUsersTermsWhereTheyAre() {
    assertLocatedMessage(4, 3, "missing ':' after the field name (expected 'name: value')",
        "format: evidence-grading/1\nguideline:\n  id: x\n  system TOY\nquestions: []\n");
    assertLocatedMessage(3, 3, "missing ':' after the field name (expected 'name: value')",
        "format: evidence-grading/1\nguideline:\n  id x\n  system: TOY\n");
    assertLocatedMessage(4, 4, "this line is indented deeper than the field before it: fields of one mapping start in the same column",
        "format: evidence-grading/1\nguideline:\n  id: x\n   system: TOY\n");
    assertLocatedMessage(4, 2, "this line is indented less than the line before it, but deeper than the field they belong to:"
        + " indent the fields of one mapping, and the items of one list, by the same number of spaces",
        "format: evidence-grading/1\nguideline:\n  id: x\n system: TOY\n");
    assertLocatedMessage(5, 10, "this quoted text is not closed: the closing \" is missing", TOY_HEADER + "  title: \"Title\n");
    assertLocatedMessage(5, 10, "this '[' ... ']' is not closed, or its entries are not separated by ','", TOY_HEADER + "  title: [a, b\n");
    assertLocatedMessage(5, 10, "the character '@' cannot start a value: put the value in quotes", TOY_HEADER + "  title: @home\n");
    assertLocatedMessage(5, 11, "a second ': ' in one line: put a value that contains ': ' in quotes", TOY_HEADER + "  title: a: b\n");
  }

  private void assertLocatedMessage(int line, int column, String message, String content) {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class, () -> read("x.yaml", content));
    InputError error = thrown.errors().get(0);
    assertEquals(line + ":" + column + ": " + message, error.line().orElse(0) + ":" + error.column().orElse(0) + ": " + error.message());
  }

  /**
   * Regression: questions: null and a guideline without questions were read, questions: with no
   * value was rejected. One rule now: no value, null, ~, an empty list and leaving the field out
   * mean the same.
   */
  @Test
  void aFieldWithNoValueMeansTheSameAsLeavingItOut() throws IOException {
    Guideline absent = read("x.yaml", TOY_HEADER);
    for (String questions : List.of("questions:\n", "questions: null\n", "questions: ~\n", "questions: []\n", "studies:\nquestions:\n")) {
      assertEquals(absent, read("x.yaml", TOY_HEADER + questions), questions);
    }
    assertTrue(absent.questions().isEmpty());
    assertEquals(absent, read("x.yaml", TOY_HEADER.replace("  system: TOY\n", "  system: TOY\n  title:\n")));
  }

  /** Regression: /dev/zero named as a guideline (through a link) was read until memory ran out. */
  @Test
  void refusesADeviceInsteadOfReadingIt() throws IOException {
    Path zero = Files.createSymbolicLink(directory.resolve("zero.yaml"), Path.of("/dev/zero"));
    assertMessage("is not a regular file (a device, a pipe or a socket): give a .yaml, .yml or .json file", zero);
  }

  /** Regression: the size limit was checked only against the size the file system reports (0 for /proc files). */
  @Test
  void stopsReadingAtTheLimitWhateverSizeTheFileSystemReports() throws IOException {
    Path status = Files.createSymbolicLink(directory.resolve("status.yaml"), Path.of("/proc/self/status"));
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class,
        () -> GuidelineReader.read(status, ReadLimits.builder().maxDocumentBytes(100).build()));
    assertEquals("the file has more than the limit of 100 bytes", thrown.errors().get(0).message());
  }

  private static final String TOY_HEADER = "format: evidence-grading/1\nguideline:\n  id: x\n  system: TOY\n";

  private Guideline read(String name, String content) throws IOException {
    return GuidelineReader.read(Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8));
  }

  private void assertMessage(String expected, String name, String content) {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class, () -> read(name, content));
    assertEquals(expected, thrown.errors().get(0).message(), () -> thrown.errors().toString());
  }

  private static void assertMessage(String expected, Path file) {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class, () -> GuidelineReader.read(file));
    assertEquals(expected, thrown.errors().get(0).message());
    assertEquals(file.toString(), thrown.errors().get(0).file().orElseThrow());
  }
}
