package org.evidencegrading.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI FHIR's validator for FHIR R5: the base specification (the StructureDefinitions, ValueSets
 * and CodeSystems of {@code hl7.fhir.r5.core} 5.0.0, from HAPI's validation resources), the code
 * systems the export uses from the HL7 terminology package {@code hl7.terminology.r5} 7.0.1, and the
 * project's code systems.
 *
 * <p>The terminology package is fetched by the build ({@code npm pack} into {@code
 * target/fhir-packages}); only the six code systems needed are read from it, by file name. HAPI's
 * own copy of HL7 terminology (5.1.0) is not loaded: it lacks most certainty-rating codes and all of
 * certainty-type, and loading it (with HAPI's {@code DefaultProfileValidationSupport}) takes twice
 * as long as loading the base specification alone. Build one validator per test class: building
 * takes seconds.
 */
final class R5Validator {

  static final FhirContext CONTEXT = FhirContext.forR5Cached();

  /** The package's SHA-1, as the npm registry publishes it (dist.shasum). */
  private static final String PACKAGE_SHA1 = "a989f399bcafafe7d044a18f917a0f977ca970c7";

  /** The code systems of the package that the export uses. */
  private static final ImmutableSet<String> TERMINOLOGY = ImmutableSet.of(
      "package/CodeSystem-certainty-type.json",
      "package/CodeSystem-certainty-rating.json",
      "package/CodeSystem-statistic-type.json",
      "package/CodeSystem-attribute-estimate-type.json",
      "package/CodeSystem-variable-role.json",
      "package/CodeSystem-recommendation-strength.json");

  /** FHIR R5 itself, as HAPI's validation resources hold it. */
  private static final String CORE = "/org/hl7/fhir/r5/packages/hl7.fhir.r5.core-5.0.0.tgz";

  private final FhirValidator validator;

  R5Validator() throws IOException {
    PrePopulatedValidationSupport loaded = new PrePopulatedValidationSupport(CONTEXT);
    int read;
    try (InputStream in = Files.newInputStream(terminologyPackage())) {
      read = load(loaded, in, TERMINOLOGY::contains);
    }
    assertEquals(TERMINOLOGY.size(), read, "code systems read from the terminology package");
    for (ProjectCodeSystem system : ProjectCodeSystem.values()) {
      loaded.addResource(CONTEXT.newJsonParser().parseResource(system.resource().toString()));
    }
    PrePopulatedValidationSupport core = new PrePopulatedValidationSupport(CONTEXT);
    try (InputStream in = R5Validator.class.getResourceAsStream(CORE)) {
      load(core, in, name -> name.matches("package/(StructureDefinition|ValueSet|CodeSystem)-.*\\.json"));
    }
    ValidationSupportChain chain = new ValidationSupportChain(
        loaded,
        core,
        new CommonCodeSystemsTerminologyService(CONTEXT),
        new InMemoryTerminologyServerValidationSupport(CONTEXT),
        new SnapshotGeneratingValidationSupport(CONTEXT));
    validator = CONTEXT.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(chain));
  }

  /** Adds the resources of an NPM package (a .tgz) whose file names are wanted; returns how many. */
  private static int load(PrePopulatedValidationSupport support, InputStream tgz, Predicate<String> wanted) throws IOException {
    IParser parser = CONTEXT.newJsonParser();
    int read = 0;
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(tgz))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (wanted.test(entry.getName())) {
          support.addResource(parser.parseResource(new String(tar.readAllBytes(), StandardCharsets.UTF_8)));
          read++;
        }
      }
    }
    return read;
  }

  /** The messages of validating a resource (JSON), errors first. */
  List<SingleValidationMessage> validate(String json) {
    ValidationResult result = validator.validateWithResult(json);
    return result.getMessages().stream()
        .sorted((a, b) -> b.getSeverity().ordinal() - a.getSeverity().ordinal())
        .collect(ImmutableList.toImmutableList());
  }

  /** The count of messages of a severity. */
  static long count(List<SingleValidationMessage> messages, ResultSeverityEnum severity) {
    return messages.stream().filter(message -> message.getSeverity() == severity).count();
  }

  /**
   * The terminology package the build fetched, checked against the registry's checksum; a test fails
   * here, saying how to get it, when the build could not fetch it.
   */
  private static Path terminologyPackage() throws IOException {
    Path directory = Path.of(System.getProperty("fhir.packages.directory", "target/fhir-packages"));
    String name = System.getProperty("fhir.terminology.package", "hl7.terminology.r5") + "-"
        + System.getProperty("fhir.terminology.version", "7.0.1") + ".tgz";
    Path tarball = directory.resolve(name);
    if (!Files.isRegularFile(tarball)) {
      fail(name + " is not in " + directory + ": the build fetches it from the npm registry with `npm pack"
          + " hl7.terminology.r5@7.0.1` (phase generate-test-resources), which needs npm, the Node.js package manager."
          + " Install Node.js with npm (https://nodejs.org/en/download, or e.g. `sudo apt-get install npm` on Debian"
          + " and Ubuntu, `brew install node` on macOS), make sure https://registry.npmjs.org is reachable (or the"
          + " package is in npm's cache), and run `mvn -B verify` again; the build log shows what npm said.");
    }
    @SuppressWarnings("deprecation") // SHA-1 is what the registry publishes for the package, not a security measure
    String sha1 = com.google.common.io.Files.asByteSource(tarball.toFile()).hash(Hashing.sha1()).toString();
    assertEquals(PACKAGE_SHA1, sha1, tarball + " is not the hl7.terminology.r5 7.0.1 the registry publishes");
    return tarball;
  }
}
