package org.evidencegrading.cli;

import static org.evidencegrading.cli.EvidenceGradingCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.evidencegrading.cli.EvidenceGradingCommandTest.Run;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands with spreadsheets: check and convert them, the evidence table out, many files at once. */
class SpreadsheetCommandsTest {

  @TempDir Path directory;

  private static String valid() {
    return TestResources.path(EvidenceGradingCommandTest.class, "agreeing.yaml").toString();
  }

  private Path convert(String name) {
    Path table = directory.resolve(name);
    Run converted = run("convert", valid(), "-o", table.toString());
    assertEquals(0, converted.status(), converted.err());
    return table;
  }

  @Test
  void convertsAGuidelineToAWorkbookAndBackUnchanged() {
    Path workbook = convert("valid.xlsx");
    Path back = directory.resolve("back.yaml");

    Run converted = run("convert", workbook.toString(), "-o", back.toString());

    assertEquals(0, converted.status(), converted.err());
    assertEquals(GuidelineReader.read(Path.of(valid())), GuidelineReader.read(back));
  }

  @Test
  void checksAWorkbookAsItChecksItsYaml() {
    Path workbook = convert("valid.xlsx");

    Run fromYaml = run("check", valid(), "--format", "json");
    Run fromWorkbook = run("check", workbook.toString(), "--format", "json");

    assertEquals(fromYaml.status(), fromWorkbook.status());
    assertEquals(fromYaml.out(), fromWorkbook.out());
  }

  @Test
  void aSpreadsheetsErrorsNameTheCellAndExitWithStatusTwo() throws IOException {
    Path table = directory.resolve("table.csv");
    Files.writeString(table, "question,recommendation,statement,study,studyType,design,finding\nq1,q1a,X is recommended.,a,THERAPEUTIC,RCT,YES\n");

    Run check = run("check", table.toString());

    assertEquals(2, check.status());
    assertEquals("", check.out());
    assertEquals(table + ":G2: finding: invalid value 'YES' (expected one of: SUPPORTS, OPPOSES, INCONCLUSIVE)\n", check.err());
  }

  @Test
  void writesTheDerivedEvidenceTableAsCsvAndAsAWorkbook() throws IOException {
    Run csv = run("check", valid(), "--format", "csv");
    Path workbook = directory.resolve("report.xlsx");
    Run xlsx = run("check", valid(), "--format", "xlsx", "-o", workbook.toString());

    List<String> lines = csv.out().lines().toList();
    assertTrue(lines.get(0).startsWith("question,recommendation,agrees,\"grade derived\",\"grade published\",\"grade agrees\",\"grade reason\""), lines.get(0));
    assertTrue(lines.get(0).contains(",study,type,design,potential,downgrades,derived,published,\"levels agree\",graded,finding,"), lines.get(0));
    assertEquals(csv.status(), xlsx.status());
    try (ReadableWorkbook read = new ReadableWorkbook(workbook.toFile())) {
      assertEquals(List.of("Evidence", "Problems", "Summary"), read.getSheets().map(Sheet::getName).toList());
      List<Row> rows = read.getFirstSheet().read();
      assertEquals(lines.size(), rows.size());
      assertEquals("question", rows.get(0).getCellText(0));
    }
    assertEquals(2, run("check", valid(), "--format", "xlsx").status(), "a workbook needs --output");
  }

  @Test
  void checksManyFilesOneRowEachAndExitsWithTheWorstStatus() throws IOException {
    Path workbook = convert("valid.xlsx");
    Path invalid = directory.resolve("invalid.csv");
    Files.writeString(invalid, "question,recommendation,statement,study,studyType,design,finding\nq1,q1a,X.,a,THERAPEUTIC,RCT,YES\n");

    Run many = run("check", valid(), workbook.toString(), invalid.toString());

    assertEquals(2, many.status());
    List<String> lines = many.out().lines().toList();
    assertEquals(5, lines.size(), many.out());
    assertTrue(lines.get(0).startsWith("file"), many.out());
    assertTrue(lines.get(3).matches(Pattern.quote(invalid.toString()) + " +INVALID \\(1 error\\)"), many.out());
    assertTrue(lines.get(4).matches("total: 3 files +1 invalid +2 +2 +0 +0 +0 +0 +0"), many.out());
    assertTrue(many.err().startsWith(invalid + ":G2: finding: "), many.err());
    assertFalse(many.err().contains("Exception"), many.err());
  }

  @Test
  void checksADirectory() throws IOException {
    convert("valid.xlsx");
    Files.copy(Path.of(valid()), directory.resolve("agreeing.yaml"));
    Files.writeString(directory.resolve("notes.txt"), "not a guideline");

    Run many = run("check", directory.toString(), "--format", "json");

    JsonNode json = Mappers.json().readTree(many.out());
    assertEquals(List.of(directory.resolve("agreeing.yaml").toString(), directory.resolve("valid.xlsx").toString()),
        List.of(json.at("/files/0/file").asText(), json.at("/files/1/file").asText()));
    assertEquals(json.at("/files/0/summary"), json.at("/files/1/summary"));
    assertEquals(2, run("check", directory.resolve("empty").toFile().mkdir() ? directory.resolve("empty").toString() : "").status());
  }
}
