package org.evidencegrading.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencegrading.cli.EvidenceGradingCommandTest.Run;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format fhir} writes a FHIR Bundle; {@code import} reads it back into a guideline that checks the same. */
class FhirCommandsTest {

  private static final String DANISH = "../examples/guidelines/danish-vertebral-augmentation.yaml";

  @TempDir Path directory;

  @Test
  void checkWritesABundleAndImportReadsItBackIntoAGuidelineThatChecksTheSame() throws IOException {
    Path bundle = directory.resolve("bundle.json");
    Run check = EvidenceGradingCommandTest.run("check", DANISH, "--format", "fhir", "-o", bundle.toString());
    assertEquals(1, check.status(), "the Danish guideline's SYMBOL_MISMATCH errors: " + check.err());
    JsonNode json = Mappers.json().readTree(bundle.toFile());
    assertEquals("document", json.get("type").asText());
    assertEquals("Composition", json.at("/entry/0/resource/resourceType").asText());

    Path guideline = directory.resolve("guideline.yaml");
    Run imported = EvidenceGradingCommandTest.run("import", bundle.toString(), "-o", guideline.toString());
    assertEquals(0, imported.status(), imported.err());
    assertTrue(Files.readString(guideline).startsWith("format: evidence-grading/1\n"), Files.readString(guideline));
    assertEquals(EvidenceGradingCommandTest.run("check", DANISH, "--format", "json").out(),
        EvidenceGradingCommandTest.run("check", guideline.toString(), "--format", "json").out());
  }

  @Test
  void importWritesYamlToStandardOutputAndJsonToAJsonFile() throws IOException {
    Path bundle = directory.resolve("bundle.json");
    EvidenceGradingCommandTest.run("check", DANISH, "--format", "fhir", "-o", bundle.toString());
    Run yaml = EvidenceGradingCommandTest.run("import", bundle.toString());
    assertEquals(0, yaml.status(), yaml.err());
    assertTrue(yaml.out().startsWith("format: evidence-grading/1\nguideline:\n  id: dha-vertebral-augmentation-2020\n"), yaml.out());
    Path json = directory.resolve("guideline.json");
    assertEquals(0, EvidenceGradingCommandTest.run("import", bundle.toString(), "-o", json.toString()).status());
    assertEquals("dha-vertebral-augmentation-2020", Mappers.json().readTree(json.toFile()).at("/guideline/id").asText());
  }

  @Test
  void importWritesAWorkbookAsConvertDoesAndRefusesAnUnknownExtensionBeforeReadingTheBundle() throws IOException {
    Path bundle = directory.resolve("bundle.json");
    EvidenceGradingCommandTest.run("check", DANISH, "--format", "fhir", "-o", bundle.toString());
    Path workbook = directory.resolve("guideline.xlsx");
    assertEquals(0, EvidenceGradingCommandTest.run("import", bundle.toString(), "-o", workbook.toString()).status());
    assertEquals("PK", new String(Files.readAllBytes(workbook), 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "a zip: a workbook");
    Run unknown = EvidenceGradingCommandTest.run("import", "absent.json", "-o", directory.resolve("guideline.txt").toString());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("unsupported output extension: guideline.txt"), unknown.err());
  }

  @Test
  void importExitsTwoWithOneLineForAFileThatIsNotABundle() {
    Run run = EvidenceGradingCommandTest.run("import", DANISH);
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(DANISH + ":1:1: expected a value"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void importRefusesToWriteOverTheBundle() throws IOException {
    Path bundle = directory.resolve("bundle.json");
    EvidenceGradingCommandTest.run("check", DANISH, "--format", "fhir", "-o", bundle.toString());
    String written = Files.readString(bundle);
    Run run = EvidenceGradingCommandTest.run("import", bundle.toString(), "-o", bundle.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("is the input file"), run.err());
    assertEquals(written, Files.readString(bundle));
  }

  @Test
  void checkLeavesAnExistingBundleAloneWhenTheInputIsInvalid() throws IOException {
    Path bundle = Files.writeString(directory.resolve("bundle.json"), "previous");
    Path invalid = TestResources.path(EvidenceGradingCommandTest.class, "invalid.yaml");
    assertEquals(2, EvidenceGradingCommandTest.run("check", invalid.toString(), "--format", "fhir", "-o", bundle.toString()).status());
    assertEquals("previous", Files.readString(bundle));
  }
}
