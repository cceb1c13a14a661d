package org.evidencegrading.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.Summary;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check FILE}: derives every grade and compares it with the published one. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = EvidenceGradingCommand.Version.class,
    description = {
      "Checks a guideline file (YAML or JSON, format evidence-grading/1) against itself: derives every",
      "level and grade (NASS) or certainty and strength (GRADE), compares them with what was published,",
      "and reports each recommendation with its explanation, then every problem."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:nothing disagrees (warnings allowed)",
      "1:at least one ERROR problem was found",
      "2:the file cannot be read or is not a valid guideline, or the command line is wrong",
      "3:the report could not be written, or an internal failure"
    })
final class CheckCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The guideline file: .yaml, .yml or .json.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: text (default), json or markdown.")
  ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "REPORT",
      description = {
        "Write the report to this regular file instead of standard output: written beside it as",
        ".evidence-grading-<name>.tmp-<pid>, then moved over it whole, keeping its permissions.",
        "Refused for a directory, a symbolic link, a device, a FIFO, or the guideline file itself."
      })
  Path output;

  @Override
  public Integer call() throws IOException, Outputs.Refused {
    PrintWriter err = spec.commandLine().getErr();
    if (output != null) {
      Outputs.refuseInput(output, file);
    }
    // The report is written as the check goes, one recommendation's result in memory at a time;
    // an invalid file is found before anything is written.
    try {
      Outputs.Content<Summary> report = out -> Checker.check(file, ReportWriter.listener(format, out));
      Summary summary = output == null
          ? report.writeTo(new BufferedWriter(spec.commandLine().getOut(), 1 << 16))
          : Outputs.replace(output, report);
      return summary.errors() > 0 ? EvidenceGradingCommand.FOUND_ERRORS : EvidenceGradingCommand.OK;
    } catch (InvalidGuidelineException e) {
      for (InputError error : e.errors()) {
        err.println(error);
      }
      if (e.errors().size() > 1) {
        err.println(e.errors().size() + " errors; nothing was checked.");
      }
      return EvidenceGradingCommand.INVALID_INPUT;
    }
  }
}
