package org.evidencegrading.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evidencegrading.fhir.FhirGuidelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import BUNDLE}: reads a FHIR Bundle written by {@code check --format fhir} back into a guideline file. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = EvidenceGradingCommand.Version.class,
    description = {
      "Reads a FHIR R5 document Bundle written by check --format fhir back into the guideline file it was",
      "written from (format evidence-grading/1): what the guideline gave, not what the checker derived."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the guideline was written",
      "2:the Bundle cannot be read or does not hold a valid guideline, or -o names what must not be replaced",
      "3:the guideline could not be written, or an internal failure"
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BUNDLE", description = "The FHIR Bundle (JSON).")
  Path bundle;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The guideline file to write, as convert writes one: .yaml, .yml, .json, .csv or .xlsx (default: YAML on standard output).")
  Path output;

  @Override
  public Integer call() throws IOException, Outputs.Refused {
    return GuidelineOutput.of(spec.commandLine(), output).convert(bundle, systems -> FhirGuidelines.read(bundle, systems));
  }
}
