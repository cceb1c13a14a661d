package org.evidencegrading.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.evidencegrading.check.CheckListener;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.GuidelineRef;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.check.Summary;
import org.evidencegrading.cli.tables.EvidenceTableReport;
import org.evidencegrading.cli.tables.SheetFormat;
import org.evidencegrading.cli.tables.Spreadsheets;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.problem.Problem;
import picocli.CommandLine;

/**
 * The check command's outputs beyond one report: the derived evidence table as a spreadsheet, and
 * {@code check DIR} or {@code check A.yaml B.xlsx ...}: checks each guideline file (a directory's
 * {@code .yaml}, {@code .yml}, {@code .json}, {@code .csv} and {@code .xlsx} files, its
 * subdirectories' too, in name order), one at a time, and prints one summary row per file and a
 * total. An invalid file is reported (its errors on standard error, one line each) and does not stop
 * the others. The exit status is the worst of the files': 2 if one is invalid, else 1 if one has an
 * ERROR problem (or, strict, a WARNING), else 0.
 */
final class CheckOutputs {

  private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json", ".csv", ".xlsx");
  private static final String[] HEADERS = {"file", "status", "recommendations", "agree", "disagree", "with warnings", "errors", "warnings", "infos"};

  /** One file's outcome: its summary, or how many errors made it invalid. */
  private record Outcome(Path file, Summary summary, int inputErrors) {}

  private CheckOutputs() {}

  /** {@code check} of several files or a directory: the summary table to standard output or {@code output}; the exit status. */
  static int run(CommandLine command, Path first, List<Path> more, CheckFormat format, Path output, boolean strict)
      throws IOException, Outputs.Refused {
    if (format != CheckFormat.TEXT && format != CheckFormat.JSON) {
      throw new CommandLine.ParameterException(command, "checking several files prints one summary row per file: --format text or json");
    }
    List<Path> arguments = new ArrayList<>(List.of(first));
    arguments.addAll(more);
    List<Path> files = expand(arguments);
    if (files.isEmpty()) {
      command.getErr().println(first + ": no guideline files (.yaml, .yml, .json, .csv, .xlsx)");
      return EvidenceGradingCommand.INVALID_INPUT;
    }
    if (output != null) {
      for (Path input : files) {
        Outputs.refuseInput(output, input);
      }
    }
    Outputs.Content<Integer> summary = out -> check(files, strict, format == CheckFormat.JSON, out, command.getErr());
    return output == null ? summary.writeTo(command.getOut()) : Outputs.replace(output, summary);
  }

  /**
   * {@code check FILE --format csv|xlsx}: the derived evidence table of one file, to standard output
   * (CSV only) or {@code output}. The whole check is held, then written.
   */
  static Summary evidenceTable(CommandLine command, Checker checker, Path file, SheetFormat format, Path output)
      throws IOException, Outputs.Refused {
    if (format == SheetFormat.XLSX && output == null) {
      throw new CommandLine.ParameterException(command, "--format xlsx writes a workbook: give --output REPORT.xlsx");
    }
    EvidenceTableReport table = new EvidenceTableReport();
    Spreadsheets.check(checker, file, ReadLimits.defaults(), table);
    if (output == null) {
      table.writeCsv(new BufferedWriter(command.getOut(), 1 << 16));
    } else {
      Outputs.replaceBinary(output, out -> {
        table.write(format, out);
        return null;
      });
    }
    return table.summary();
  }

  /** The guideline files the arguments name, directories expanded; an argument that is not a directory is kept as given. */
  static List<Path> expand(List<Path> arguments) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        try (Stream<Path> walk = Files.walk(argument)) {
          walk.filter(Files::isRegularFile)
              .filter(path -> EXTENSIONS.stream().anyMatch(path.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(argument);
      }
    }
    return files;
  }

  /** Checks the files; writes the summary table (text or JSON) to {@code out}; returns the exit status. */
  static int check(List<Path> files, boolean strict, boolean json, Writer out, PrintWriter err) throws IOException {
    Checker checker = Checker.using(org.evidencegrading.system.GradingSystems.installed());
    List<Outcome> outcomes = new ArrayList<>();
    int status = EvidenceGradingCommand.OK;
    for (Path file : files) {
      try {
        Summary summary = Spreadsheets.check(checker, file, ReadLimits.defaults(), new Discard());
        outcomes.add(new Outcome(file, summary, 0));
        if (summary.errors() > 0 || strict && summary.warnings() > 0) {
          status = Math.max(status, EvidenceGradingCommand.FOUND_ERRORS);
        }
      } catch (InvalidGuidelineException e) {
        e.errors().stream().map(InputError::toString).forEach(err::println);
        outcomes.add(new Outcome(file, null, e.errors().size()));
        status = EvidenceGradingCommand.INVALID_INPUT;
      }
    }
    out.write(json ? json(outcomes) : text(outcomes));
    out.flush();
    return status;
  }

  private static String text(List<Outcome> outcomes) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADERS);
    int[] total = new int[7];
    int invalid = 0;
    for (Outcome outcome : outcomes) {
      if (outcome.summary() == null) {
        invalid++;
        rows.add(new String[] {outcome.file().toString(), "INVALID (" + outcome.inputErrors() + (outcome.inputErrors() == 1 ? " error)" : " errors)"),
            "", "", "", "", "", "", ""});
        continue;
      }
      int[] counts = counts(outcome.summary());
      for (int i = 0; i < counts.length; i++) {
        total[i] += counts[i];
      }
      rows.add(row(outcome.file().toString(), status(outcome.summary()), counts));
    }
    rows.add(row("total: " + outcomes.size() + (outcomes.size() == 1 ? " file" : " files"),
        invalid == 0 ? "" : invalid + " invalid", total));
    int[] widths = new int[HEADERS.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(c == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%" + (c <= 1 ? "-" : "") + widths[c] + "s", row[c]));
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static String json(List<Outcome> outcomes) {
    ObjectNode root = Mappers.json().createObjectNode();
    ArrayNode files = root.putArray("files");
    for (Outcome outcome : outcomes) {
      ObjectNode file = files.addObject().put("file", outcome.file().toString());
      if (outcome.summary() == null) {
        file.put("status", "INVALID").put("inputErrors", outcome.inputErrors());
      } else {
        file.put("status", status(outcome.summary()));
        file.set("summary", Mappers.json().valueToTree(outcome.summary()));
      }
    }
    try {
      return Mappers.json().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String status(Summary summary) {
    return summary.errors() > 0 ? "DISAGREES" : summary.warnings() > 0 ? "agrees, with warnings" : "agrees";
  }

  private static int[] counts(Summary summary) {
    return new int[] {summary.recommendations(), summary.agreeing(), summary.disagreeing(), summary.withWarnings(),
        summary.errors(), summary.warnings(), summary.infos()};
  }

  private static String[] row(String file, String status, int[] counts) {
    String[] row = new String[HEADERS.length];
    row[0] = file;
    row[1] = status;
    for (int i = 0; i < counts.length; i++) {
      row[i + 2] = String.valueOf(counts[i]);
    }
    return row;
  }

  /** Hears a check and keeps nothing: only the counts are wanted. */
  private static final class Discard implements CheckListener {
    @Override
    public void begin(GuidelineRef guideline) {}

    @Override
    public void recommendation(RecommendationResult result) {}

    @Override
    public void end(com.google.common.collect.ImmutableList<Problem> problems, Summary summary) {}
  }
}
