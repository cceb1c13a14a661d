package org.evidencegrading.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.evidencegrading.fhir.FhirGuidelines;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.system.GradingSystems;
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
      description = "The guideline file to write, YAML (.yaml, .yml) or JSON (.json), replaced whole (default: YAML on standard output).")
  Path output;

  @Override
  public Integer call() throws IOException, Outputs.Refused {
    if (output != null) {
      Outputs.refuseInput(output, bundle);
    }
    Guideline guideline;
    try {
      guideline = FhirGuidelines.read(bundle, GradingSystems.installed());
    } catch (InvalidGuidelineException e) {
      PrintWriter err = spec.commandLine().getErr();
      for (InputError error : e.errors()) {
        err.println(error);
      }
      return EvidenceGradingCommand.INVALID_INPUT;
    }
    boolean json = output != null && DocumentFormat.forFileName(String.valueOf(output.getFileName())).equals(Optional.of(DocumentFormat.JSON));
    ObjectWriter writer = (json ? Mappers.json() : Mappers.yaml()).writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    Outputs.Content<Void> content = out -> {
      writer.writeValue(out, guideline);
      out.flush();
      return null;
    };
    if (output == null) {
      content.writeTo(new BufferedWriter(spec.commandLine().getOut()));
    } else {
      Outputs.replace(output, content);
    }
    return EvidenceGradingCommand.OK;
  }
}
