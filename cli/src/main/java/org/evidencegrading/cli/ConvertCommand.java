package org.evidencegrading.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.evidencegrading.cli.tables.SheetFormat;
import org.evidencegrading.cli.tables.Spreadsheets;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.system.GradingSystems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert FILE -o OUTPUT}: a guideline from one kind of file to another (YAML, JSON, CSV, XLSX). */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = EvidenceGradingCommand.Version.class,
    description = {
      "Reads a guideline file (.yaml, .yml, .json, or an evidence table: .csv, .xlsx), validates it, and writes it",
      "as the output's extension says: the canonical YAML or JSON file, or the spreadsheet layout (.xlsx with the",
      "sheets Guideline, Studies, Questions and the evidence; .csv the evidence alone)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:converted",
      "2:the input cannot be read or is not a valid guideline, or the command line is wrong, or -o names what must not be replaced",
      "3:the output could not be written, or an internal failure"
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The guideline: .yaml, .yml, .json, .csv or .xlsx.")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT",
      description = "The file to write: .yaml, .yml, .json, .csv or .xlsx (default: YAML on standard output).")
  Path output;

  @Override
  public Integer call() throws IOException, Outputs.Refused {
    String name = output == null ? "out.yaml" : String.valueOf(output.getFileName());
    Optional<DocumentFormat> document = DocumentFormat.forFileName(name);
    Optional<SheetFormat> sheets = SheetFormat.forFileName(name);
    if (document.isEmpty() && sheets.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unsupported output extension: " + name + " (expected .yaml, .yml, .json, .csv or .xlsx)");
    }
    if (output != null) {
      Outputs.refuseInput(output, file);
    }
    GradingSystems systems = GradingSystems.installed();
    Guideline guideline;
    try {
      guideline = Spreadsheets.readAny(file, systems, ReadLimits.defaults());
    } catch (InvalidGuidelineException e) {
      PrintWriter err = spec.commandLine().getErr();
      for (InputError error : e.errors()) {
        err.println(error);
      }
      if (e.errors().size() > 1) {
        err.println(e.errors().size() + " errors; nothing was converted.");
      }
      return EvidenceGradingCommand.INVALID_INPUT;
    }
    if (sheets.isPresent()) {
      Outputs.replaceBinary(output, out -> {
        Spreadsheets.write(guideline, systems, sheets.get(), out);
        return null;
      });
    } else {
      Outputs.Content<Void> content = out -> {
        (document.get() == DocumentFormat.JSON ? Mappers.json() : Mappers.yaml()).writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, guideline);
        return null;
      };
      if (output == null) {
        BufferedWriter out = new BufferedWriter(spec.commandLine().getOut());
        content.writeTo(out);
        out.flush();
      } else {
        Outputs.replace(output, content);
      }
    }
    return EvidenceGradingCommand.OK;
  }
}
