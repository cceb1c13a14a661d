package org.evidencegrading.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.Summary;
import org.evidencegrading.fhir.FhirBundles;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.io.InputError;
import org.evidencegrading.cli.tables.Spreadsheets;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.io.InvalidDocumentException;
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
      "Checks a guideline file (YAML or JSON, format evidence-grading/1, or an evidence table: CSV or XLSX)",
      "against itself: derives every level and grade (NASS) or certainty and strength (GRADE), compares them",
      "with what was published, and reports each recommendation with its explanation, then every problem.",
      "Given several files or a directory, checks each and prints one summary row per file and a total."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:nothing disagrees (warnings allowed, unless --strict)",
      "1:at least one ERROR problem was found (or, with --strict, a WARNING)",
      "2:the file cannot be read or is not a valid guideline (of several files: one is not; or a rule set given with --rules is not valid), or the command line is wrong",
      "3:the report could not be written, or an internal failure"
    })
final class CheckCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The guideline file: .yaml, .yml, .json, .csv or .xlsx; or a directory of them.")
  Path file;

  @Parameters(index = "1..*", paramLabel = "MORE", description = "More guideline files or directories: each is checked, one summary row per file.")
  List<Path> more = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: text (default), json, markdown, html (one self-contained page), fhir (a FHIR R5 document Bundle, JSON), or the derived evidence table as csv or xlsx (xlsx needs --output). Of several files: text or json.")
  CheckFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "REPORT",
      description = {
        "Write the report to this regular file instead of standard output: written beside it as",
        ".evidence-grading-<name>.tmp-<pid>, then moved over it whole, keeping its permissions.",
        "Refused for a directory, a symbolic link, a device, a FIFO, or the guideline file itself."
      })
  Path output;

  @Option(
      names = "--rules",
      paramLabel = "RULES",
      description = "Also grade with this rule set: a rule-set file, or a shipped set (${COMPLETION-CANDIDATES}). Repeatable.",
      completionCandidates = RuleSetOptions.Shipped.class)
  java.util.List<String> rules;

  @Option(
      names = "--strict",
      description = "Fail (exit status 1) on WARNING problems too: judgments that depart from the grading system's guidance.")
  boolean strict;

  @Override
  public Integer call() throws IOException, Outputs.Refused {
    PrintWriter err = spec.commandLine().getErr();
    if (output != null) {
      Outputs.refuseInput(output, file);
    }
    if (!more.isEmpty() || Files.isDirectory(file)) {
      return CheckOutputs.run(spec.commandLine(), file, more, format, output, strict);
    }
    // The report is written as the check goes, one recommendation's result in memory at a time;
    // an invalid file is found before anything is written.
    try {
      Checker checker = Checker.using(RuleSetOptions.registry(rules));
      Outputs.Content<Summary> report = format == CheckFormat.FHIR
          ? fhirBundle(checker)
          : out -> Spreadsheets.check(checker, file, ReadLimits.defaults(), ReportWriter.listener(format.report().orElseThrow(), out));
      Summary summary = format.sheet().isPresent()
          ? CheckOutputs.evidenceTable(spec.commandLine(), checker, file, format.sheet().get(), output)
          : output == null
              ? report.writeTo(new BufferedWriter(spec.commandLine().getOut(), 1 << 16))
              : Outputs.replace(output, report);
      boolean fails = summary.errors() > 0 || strict && summary.warnings() > 0;
      return fails ? EvidenceGradingCommand.FOUND_ERRORS : EvidenceGradingCommand.OK;
    } catch (InvalidDocumentException e) {
      for (InputError error : e.errors()) {
        err.println(error);
      }
      if (e.errors().size() > 1) {
        err.println(e.errors().size() + " errors; nothing was checked.");
      }
      return EvidenceGradingCommand.INVALID_INPUT;
    }
  }

  /** A FHIR Bundle is written from the guideline as well as its check: the file is read first. */
  private Outputs.Content<Summary> fhirBundle(Checker checker) {
    Guideline guideline = Spreadsheets.readAny(file, checker.systems(), ReadLimits.defaults());
    return out -> checker.run(guideline, FhirBundles.listener(guideline, out));
  }
}
