package org.evidencegrading.cli.tables;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes sheets of text as a spreadsheet: CSV (one sheet; Jackson's CSV writer) or an {@code .xlsx}
 * workbook (fastexcel), with the header row bold and frozen, and cells that are numbers written as
 * numbers.
 */
public enum SheetFormat {
  CSV,
  XLSX;

  /** A sheet to write: its name, its column headers and its rows of cells. */
  record Sheet(String name, List<String> headers, List<List<String>> rows) {}

  /** Built when a CSV file is first written, not when the enumeration is first named. */
  private static final class Csv {
    static final CsvMapper MAPPER = new CsvMapper();
  }

  /** The format a file name's extension names, if any. */
  public static java.util.Optional<SheetFormat> forFileName(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".csv") ? java.util.Optional.of(CSV) : lower.endsWith(".xlsx") ? java.util.Optional.of(XLSX) : java.util.Optional.empty();
  }

  /** Writes the sheets; a CSV file holds one. */
  void write(List<Sheet> sheets, OutputStream out) throws IOException {
    if (this == CSV) {
      Preconditions.checkArgument(sheets.size() == 1, "a CSV file holds one sheet, not %s", sheets.size());
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      csv(sheets.get(0), writer);
      writer.flush();
      return;
    }
    Workbook workbook = new Workbook(out, "evidence-grading", "1.0");
    for (Sheet sheet : sheets) {
      Worksheet worksheet = workbook.newWorksheet(sheet.name());
      for (int c = 0; c < sheet.headers().size(); c++) {
        worksheet.value(0, c, sheet.headers().get(c));
      }
      worksheet.range(0, 0, 0, Math.max(0, sheet.headers().size() - 1)).style().bold().set();
      worksheet.freezePane(0, 1);
      for (int r = 0; r < sheet.rows().size(); r++) {
        List<String> row = sheet.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
          cell(worksheet, r + 1, c, row.get(c));
        }
      }
      worksheet.finish();
    }
    workbook.finish();
  }

  /** Writes one sheet as CSV text. */
  static void csv(Sheet sheet, Writer out) throws IOException {
    try (SequenceWriter writer = Csv.MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
      writer.write(sheet.headers());
      for (List<String> row : sheet.rows()) {
        writer.write(row);
      }
    }
  }

  private static void cell(Worksheet worksheet, int row, int column, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (text.matches("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,10})?")) {
      worksheet.value(row, column, new BigDecimal(text));
    } else {
      worksheet.value(row, column, text);
    }
  }
}
