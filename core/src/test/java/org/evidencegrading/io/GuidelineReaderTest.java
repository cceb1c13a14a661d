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
