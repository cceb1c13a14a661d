package org.evidencegrading.rulesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidDocumentException;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Rule-set files are read as strictly as guideline files: a corpus of malformed ones (under {@code
 * RuleSetReaderTest/}, listed in {@code cases.csv} with the message each must produce), each a
 * variation of {@code valid.yaml}, is rejected with one-line errors naming the file, line, column and
 * field path.
 */
class RuleSetReaderTest {

  @Test
  void readsAValidRuleSet() {
    RuleSet rules = RuleSets.read(TestResources.path(getClass(), "valid.yaml"));
    assertEquals("MINI", rules.id());
    assertEquals("II", rules.lowered("I", 1));
    assertEquals("II", rules.lowered("II", 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "RuleSetReaderTest/cases.csv", delimiter = '|')
  void rejectsAMalformedRuleSetWithALocatedError(String file, int line, String path, String expected) {
    Path fixture = TestResources.path(getClass(), file);

    InvalidDocumentException thrown = assertThrows(InvalidDocumentException.class, () -> RuleSets.read(fixture));

    InputError first = thrown.errors().get(0);
    assertEquals(fixture.toString(), first.file().orElseThrow());
    assertEquals(line, first.line().orElse(0), first::toString);
    assertTrue(first.column().orElse(0) > 0, first::toString);
    assertEquals(path, first.path(), first::toString);
    assertTrue(first.message().contains(expected), first::toString);
    for (InputError error : thrown.errors()) {
      assertFalse(error.toString().contains("\n"), "one line: " + error);
      assertFalse(error.message().matches(".*\\b(com|org|java)\\.[a-z]+\\..*"), "no class names: " + error);
    }
    assertTrue(first.toString().startsWith(fixture + ":" + line + ":"), first::toString);
  }

  @Test
  void reportsAMisspeltFieldOnceNotEveryReferenceToItsContent() {
    InvalidDocumentException thrown = assertThrows(InvalidDocumentException.class,
        () -> RuleSets.read(TestResources.path(getClass(), "rules-unknown-field.yaml")));
    assertEquals(2, thrown.errors().size(), thrown.errors()::toString);
    assertEquals("grades: a rule set has at least one grade", thrown.errors().get(1).path() + ": " + thrown.errors().get(1).message());
  }

  @Test
  void rejectsAMissingFileAndAnUnknownShippedName(@TempDir Path directory) {
    InvalidDocumentException missing = assertThrows(InvalidDocumentException.class, () -> RuleSets.resolve(directory.resolve("absent.yaml").toString()));
    assertEquals(directory.resolve("absent.yaml") + ": no such file", missing.getMessage());
    InvalidDocumentException folder = assertThrows(InvalidDocumentException.class, () -> RuleSets.read(directory));
    assertEquals(directory + ": is a directory, not a rule set file (expected a .yaml, .yml or .json file)", folder.getMessage());
    assertEquals("AAOS", RuleSets.resolve("aaos").id());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> RuleSets.shipped("cebm"));
    assertEquals("no shipped rule set 'cebm' (expected one of: nass-2024, aaos, sign-50)", unknown.getMessage());
  }

  @Test
  void aRuleSetBuiltInCodeIsValidatedByItsSystem() {
    RuleSet rules = RuleSets.read(TestResources.path(getClass(), "valid.yaml"));
    RuleSet badId = RuleSet.builder()
        .format(RuleSet.FORMAT).id("bad id").title(rules.title())
        .addAllSources(rules.sources()).addAllLevels(rules.levels()).addAllStudyTypes(rules.studyTypes()).addAllDesigns(rules.designs())
        .addAllGrades(rules.grades()).consistency(rules.consistency()).addAllRows(rules.rows())
        .build();
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> new RuleSetSystem(badId));
    assertTrue(thrown.getMessage().startsWith("invalid rule set bad id: id: rule set id 'bad id' does not match"), thrown::getMessage);
  }
}
