package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ApiExampleTest {

  private static String run(java.util.function.Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void checksTheNassFixture() {
    String out = run(o -> ApiExample.checkAFile(NassGuidelineTest.FILE, o));
    assertTrue(out.startsWith("medical-treatment-3a: agrees\n"), out);
    assertTrue(out.contains("# Check of nass-nvf-2024 (NASS)"), out);
  }

  @Test
  void printsTheErrorsOfAnInvalidFile() {
    String out = run(o -> ApiExample.checkAFile(Path.of("no-such-guideline.yaml"), o));
    assertEquals("no-such-guideline.yaml: no such file\n", out);
  }

  @Test
  void gradesABodyOfEvidence() {
    String out = run(ApiExample::gradeABodyOfEvidence);
    assertTrue(out.startsWith("A for\n"), out);
    assertTrue(out.contains("a single outlying, inconsistent study (malhotra-2016 (Level III, opposes))"), out);
  }

  @Test
  void checksAGuidelineBuiltInCode() {
    String out = run(ApiExample::checkAGuidelineBuiltInCode);
    assertEquals("Summary{recommendations=1, agreeing=1, disagreeing=0, withWarnings=0, errors=0, warnings=0, infos=0}\n", out);
  }

  @Test
  void checksWithARegistryOfSystemsBuiltInCode() {
    String out = run(stream -> ApiExample.checkWithSystemsOfYourOwn(Path.of("guidelines/nass-neoplastic-vertebral-fractures.yaml"), stream));
    assertTrue(out.startsWith("NASS: Summary{recommendations=20, agreeing=19, disagreeing=1,"), out);
  }

  @Test
  void ratesAnOutcomeWithItsTrace() {
    String out = run(ApiExample::rateAnOutcome);
    assertTrue(out.startsWith("LOW\n"), out);
    assertTrue(out.contains("risk of bias: serious concern, rated down 1 level"), out);
  }

  @Test
  void validatesTheNassRules() {
    String out = run(ApiExample::validateTheRules);
    assertTrue(out.startsWith("determinism: 3876 cases, holds\n"), out);
    assertEquals(27, out.lines().count());
    assertTrue(out.lines().allMatch(line -> line.endsWith("holds")), out);
  }
}
