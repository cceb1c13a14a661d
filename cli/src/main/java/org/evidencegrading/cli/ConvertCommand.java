package org.evidencegrading.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evidencegrading.cli.tables.Spreadsheets;
import org.evidencegrading.io.ReadLimits;
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
    return GuidelineOutput.of(spec.commandLine(), output).convert(file, systems -> Spreadsheets.readAny(file, systems, ReadLimits.defaults()));
  }
}
