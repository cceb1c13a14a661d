package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.evidencegrading.fhir.FhirGuidelines;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * A corpus of FHIR Bundles that {@code import} cannot read back into a guideline (under {@code
 * MalformedBundleTest/}, listed in {@code cases.csv} as {@link MalformedInputTest}'s are): each is
 * rejected as a malformed guideline file is, with one clear line, and the command exits with status 2.
 */
class MalformedBundleTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "MalformedBundleTest/cases.csv", delimiter = '|')
  void isRejectedWithAClearMessage(String file, int line, String expected) {
    Path path = TestResources.path(getClass(), file);
    MalformedInputTest.assertClear(path, assertThrows(InvalidGuidelineException.class, () -> FhirGuidelines.read(path)), line, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "MalformedBundleTest/cases.csv", delimiter = '|')
  void makesImportExitWithStatusTwoWithoutAStackTrace(String file, int line, String expected) {
    MalformedInputTest.assertExitsTwo("import", TestResources.path(getClass(), file), expected);
  }
}
