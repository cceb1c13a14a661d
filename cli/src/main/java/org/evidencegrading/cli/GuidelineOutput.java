package org.evidencegrading.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.evidencegrading.cli.tables.SheetFormat;
import org.evidencegrading.cli.tables.Spreadsheets;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.system.GradingSystems;
import picocli.CommandLine;

/**
 * Where {@code convert} and {@code import} write a guideline: the file {@code -o} names, as its
 * extension says (the canonical YAML or JSON file, or the spreadsheet layout), replaced whole; or
 * YAML on standard output.
 */
final class GuidelineOutput {

  private final CommandLine commandLine;
  private final Path output;
  private final Optional<DocumentFormat> document;
  private final Optional<SheetFormat> sheets;

  private GuidelineOutput(CommandLine commandLine, Path output, Optional<DocumentFormat> document, Optional<SheetFormat> sheets) {
    this.commandLine = commandLine;
    this.output = output;
    this.document = document;
    this.sheets = sheets;
  }

  /**
   * The output {@code -o} names, or standard output if it names none.
   *
   * @throws CommandLine.ParameterException for an extension that names no format, before anything is read
   */
  static GuidelineOutput of(CommandLine commandLine, Path output) {
    String name = output == null ? "out.yaml" : String.valueOf(output.getFileName());
    Optional<DocumentFormat> document = DocumentFormat.forFileName(name);
    Optional<SheetFormat> sheets = SheetFormat.forFileName(name);
    if (document.isEmpty() && sheets.isEmpty()) {
      throw new CommandLine.ParameterException(commandLine,
          "unsupported output extension: " + name + " (expected .yaml, .yml, .json, .csv or .xlsx)");
    }
    return new GuidelineOutput(commandLine, output, document, sheets);
  }

  /**
   * Reads the guideline from {@code input} and writes it: exit status 0; or 2, with its errors on
   * standard error, if it cannot be read or is not valid, or if the output is the input.
   */
  int convert(Path input, Function<GradingSystems, Guideline> reader) throws IOException, Outputs.Refused {
    if (output != null) {
      Outputs.refuseInput(output, input);
    }
    GradingSystems systems = GradingSystems.installed();
    Guideline guideline;
    try {
      guideline = reader.apply(systems);
    } catch (InvalidGuidelineException e) {
      PrintWriter err = commandLine.getErr();
      for (InputError error : e.errors()) {
        err.println(error);
      }
      if (e.errors().size() > 1) {
        err.println(e.errors().size() + " errors; nothing was written.");
      }
      return EvidenceGradingCommand.INVALID_INPUT;
    }
    write(guideline, systems);
    return EvidenceGradingCommand.OK;
  }

  private void write(Guideline guideline, GradingSystems systems) throws IOException, Outputs.Refused {
    if (sheets.isPresent()) {
      Outputs.replaceBinary(output, out -> {
        Spreadsheets.write(guideline, systems, sheets.get(), out);
        return null;
      });
      return;
    }
    Outputs.Content<Void> content = out -> {
      (document.get() == DocumentFormat.JSON ? Mappers.json() : Mappers.yaml()).writer()
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, guideline);
      return null;
    };
    if (output == null) {
      BufferedWriter out = new BufferedWriter(commandLine.getOut());
      content.writeTo(out);
      out.flush();
    } else {
      Outputs.replace(output, content);
    }
  }
}
