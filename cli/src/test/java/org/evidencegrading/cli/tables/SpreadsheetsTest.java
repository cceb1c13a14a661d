package org.evidencegrading.cli.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.system.GradingSystems;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetsTest {

  @TempDir Path temp;

  private Path resource(String name) {
    return TestResources.path(getClass(), name);
  }

  private static List<String> errors(Path file) {
    InvalidGuidelineException thrown = assertThrows(InvalidGuidelineException.class, () -> Spreadsheets.read(file));
    return thrown.errors().stream().map(InputError::toString).toList();
  }

  @Test
  void readsANassCsvAsTheSameGuidelineAsItsYaml() {
    Guideline fromCsv = Spreadsheets.read(resource("nass.csv"));

    assertEquals(GuidelineReader.read(resource("nass.yaml")), fromCsv);
  }

  @Test
  void namesTheSheetRowAndColumnOfEachError() {
    Path file = resource("errors.csv");
    List<String> errors = errors(file);

    assertEquals(List.of(
            file + ":C3: statement: 'X is suggested.' differs from the value given before, \"X is recommended.\" (" + file
                + ":C2): give it once, or the same on every row",
            file + ":row 4: each row names its question and recommendation, in columns named question and recommendation"),
        errors);
  }

  @Test
  void reportsWhatTheReaderFindsAtTheCell() throws IOException {
    Path file = temp.resolve("table.csv");
    Files.writeString(file, String.join("\n",
        "question,recommendation,statement,study,studyType,desing,finding,publishedLevel",
        "q1,q1a,X is recommended.,trial-a,THERAPEUTIC,RCT,SUPORTS,I"));

    List<String> errors = errors(file);

    assertTrue(errors.contains(file + ":F2: desing: unknown field 'desing' (did you mean 'design'?)"), errors::toString);
    assertTrue(errors.contains(file + ":G2: finding: invalid value 'SUPORTS' (expected one of: SUPPORTS, OPPOSES, INCONCLUSIVE; did you mean 'SUPPORTS'?)"), errors::toString);
    assertTrue(errors.stream().allMatch(error -> error.startsWith(file + ":")), errors::toString);
  }

  @Test
  void placesAnUnknownSystemAndAnUnknownNestedFieldAtTheirCells() throws IOException {
    Path system = temp.resolve("system.csv");
    Files.writeString(system, "guideline.system,question,recommendation,statement,study,studyType,design,finding\n"
        + "CEBM,q1,q1a,X is recommended.,a,THERAPEUTIC,RCT,SUPPORTS\n");
    Path nested = temp.resolve("nested.csv");
    Files.writeString(nested, "question,recommendation,statement,study,studyType,design,finding,remarks.design\n"
        + "q1,q1a,X is recommended.,a,THERAPEUTIC,RCT,SUPPORTS,as stated\n");

    assertEquals(List.of(system + ":A2: guideline.system: unknown grading system 'CEBM' (expected one of: GRADE, NASS)"), errors(system));
    assertTrue(errors(nested).get(0).startsWith(nested + ":H2: remarks.design: unknown field 'remarks'"), errors(nested)::toString);
  }

  @Test
  void readsAWorkbookWithSheetsForTheGuidelineTheStudiesAndTheQuestions() throws IOException {
    Guideline guideline = GuidelineReader.read(resource("nass.yaml"));
    Path file = temp.resolve("nass.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Spreadsheets.write(guideline, GradingSystems.installed(), SheetFormat.XLSX, out);
    }

    assertEquals(guideline, Spreadsheets.read(file));
  }

  @Test
  void placesWorkbookErrorsOnTheirSheet() throws IOException {
    Path file = temp.resolve("table.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      SheetFormat.XLSX.write(List.of(
          new SheetFormat.Sheet("Studies", List.of("id", "citation"), List.of(List.of("trial-a", "A. Trial. 2020."))),
          new SheetFormat.Sheet("Outcomes",
              List.of("question", "recommendation", "statement", "outcome.id", "name", "importance", "studies", "design",
                  "riskOfBias", "inconsistency", "indirectness", "imprecision", "publicationBias", "effect.measure", "effect.estimate"),
              List.of(List.of("q1", "r1", "Offer X.", "pain", "Pain", "9", "trial-a; trial-b", "RANDOMIZED",
                  "SERIUS", "NOT_SERIOUS", "NOT_SERIOUS", "NOT_SERIOUS", "NOT_SERIOUS", "RR", "0.8")))), out);
    }

    List<String> errors = errors(file);

    assertTrue(errors.contains(file + ":Outcomes!G2: studies: study 'trial-b' is not in the bibliography (studies) (did you mean 'trial-a'?)"),
        errors::toString);
    assertTrue(errors.stream().anyMatch(error -> error.startsWith(file + ":Outcomes!I2: riskOfBias: invalid value 'SERIUS'")), errors::toString);
  }

  @Test
  void tellsTheSystemFromTheColumnsOrAsksForIt() throws IOException {
    Path unclear = temp.resolve("unclear.csv");
    Files.writeString(unclear, "question,recommendation,statement\nq1,r1,X.\n");

    assertEquals(List.of(unclear + ": guideline.system: cannot tell the grading system from the columns (add a column guideline.system,"
        + " or a Guideline sheet, naming one of: GRADE, NASS)"), errors(unclear));
  }

  @Test
  void refusesFilesOverTheReadersLimits() throws IOException {
    ReadLimits small = ReadLimits.builder().maxDocumentBytes(1000).build();
    Path bomb = temp.resolve("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      zip.write(new byte[100_000]);
      zip.closeEntry();
    }
    Path big = temp.resolve("big.csv");
    Files.writeString(big, "question,recommendation\n" + "q,r\n".repeat(500));

    InvalidGuidelineException unpacked = assertThrows(InvalidGuidelineException.class,
        () -> Spreadsheets.read(bomb, GradingSystems.installed(), small));
    InvalidGuidelineException large = assertThrows(InvalidGuidelineException.class,
        () -> Spreadsheets.read(big, GradingSystems.installed(), small));

    assertEquals(bomb + ": the workbook unpacks to more than the limit of 1000 bytes", unpacked.errors().get(0).toString());
    assertEquals(big + ": the file has 2024 bytes, more than the limit of 1000 bytes", large.errors().get(0).toString());
  }

  @Test
  void saysWhenAFileIsNotASpreadsheet() throws IOException {
    Path broken = temp.resolve("broken.xlsx");
    Files.writeString(broken, "not a zip");

    List<String> errors = errors(broken);

    assertEquals(1, errors.size());
    assertTrue(errors.get(0).startsWith(broken + ": cannot read the spreadsheet: "), errors::toString);
    assertEquals(List.of(temp.resolve("none.csv") + ": no such file"), errors(temp.resolve("none.csv")));
  }

  @Test
  void namesAGuidelineForItsFile() {
    assertEquals("evidence-table-2024", Spreadsheets.defaultId(Path.of("dir", "Evidence Table (2024).xlsx")));
    assertEquals("guideline", Spreadsheets.defaultId(Path.of("---.csv")));
  }
}
