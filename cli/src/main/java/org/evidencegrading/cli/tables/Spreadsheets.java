package org.evidencegrading.cli.tables;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.evidencegrading.check.CheckListener;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.Summary;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.system.GradingSystems;

/**
 * Reads a guideline from an evidence table, a {@code .csv} file or an {@code .xlsx} workbook in the
 * layout of {@link TableLayout}: the sheets become the document a YAML file would give, which the
 * normal {@link GuidelineReader} reads and validates within its limits; its errors are said at the
 * cells they are about ({@code table.xlsx:Outcomes!F12: riskOfBias: invalid value ...}).
 *
 * <p>A workbook's sheets named {@code Guideline}, {@code Studies} and {@code Questions} (in any case)
 * hold the guideline's fields (one row), the bibliography and the questions; every other sheet is
 * evidence. Without a {@code Studies} sheet the bibliography is the studies the evidence cites;
 * without a guideline id, the file's name is the id; without a system, the one whose fields the
 * columns name.
 */
public final class Spreadsheets {

  private Spreadsheets() {}

  /** Whether the file is a spreadsheet by its extension: {@code .csv} or {@code .xlsx}. */
  public static boolean isSpreadsheet(Path file) {
    return file.getFileName() != null && SpreadsheetFiles.isSpreadsheet(file.getFileName().toString());
  }

  /** Reads a guideline from a spreadsheet with the installed systems and the default limits. */
  public static Guideline read(Path file) {
    return read(file, GradingSystems.installed(), ReadLimits.defaults());
  }

  /**
   * Reads a guideline from a spreadsheet.
   *
   * @throws InvalidGuidelineException if the file cannot be read or does not hold a valid guideline;
   *     each error names the file, the sheet, the row and the column where it can
   */
  public static Guideline read(Path file, GradingSystems systems, ReadLimits limits) {
    String name = file.toString();
    ImmutableList<Sheet> sheets;
    try {
      sheets = SpreadsheetFiles.read(file, limits);
    } catch (SpreadsheetFiles.Unreadable e) {
      throw InvalidGuidelineException.of(InputError.builder().file(name).message(e.getMessage()).build());
    }
    GuidelineTree tree = GuidelineTree.build(name, defaultId(file), sheets, systems);
    if (!tree.errors().isEmpty()) {
      throw new InvalidGuidelineException(tree.errors());
    }
    try {
      return GuidelineReader.using(systems).withLimits(limits).parse(tree.json(), DocumentFormat.JSON, name);
    } catch (InvalidGuidelineException e) {
      throw new InvalidGuidelineException(e.errors().stream().map(tree.places()::locate).toList());
    }
  }

  /**
   * Reads and checks a guideline file of any kind the command reads: a spreadsheet, or a YAML or
   * JSON file (read and validated once, as {@link Checker#run(Path, CheckListener)} does).
   */
  public static Summary check(Checker checker, Path file, ReadLimits limits, CheckListener listener) throws IOException {
    return isSpreadsheet(file)
        ? checker.run(read(file, checker.systems(), limits), listener)
        : checker.run(file, listener);
  }

  /** Reads a guideline file of any kind the command reads: a spreadsheet, or a YAML or JSON file. */
  public static Guideline readAny(Path file, GradingSystems systems, ReadLimits limits) {
    return isSpreadsheet(file) ? read(file, systems, limits) : GuidelineReader.using(systems).withLimits(limits).parse(file);
  }

  /** Writes a guideline in the spreadsheet layout: a workbook, or the evidence alone as CSV. */
  public static void write(Guideline guideline, GradingSystems systems, SheetFormat format, OutputStream out) throws IOException {
    format.write(LayoutWriter.sheets(guideline, systems, format), out);
  }

  /** The guideline id a file's name gives: {@code Evidence Table.xlsx} is {@code evidence-table}. */
  static String defaultId(Path file) {
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
    String id = stem.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "guideline" : id;
  }
}
