package org.evidencegrading.cli.tables;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.evidencegrading.io.ReadLimits;

/**
 * Reads spreadsheet files into {@link Sheet}s, within the reader's limits: a CSV file with Jackson's
 * CSV parser, an {@code .xlsx} workbook with fastexcel's streaming reader. Neither the file nor what
 * it unpacks to (an {@code .xlsx} file is a zip archive) may exceed {@link
 * ReadLimits#maxDocumentBytes()}, checked before the workbook is opened, and no cell may exceed
 * {@link ReadLimits#maxStringLength()}.
 */
final class SpreadsheetFiles {

  /** Why a file could not be read, in one sentence. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  private SpreadsheetFiles() {}

  /** Whether the file name is that of a spreadsheet this package reads: {@code .csv} or {@code .xlsx}. */
  static boolean isSpreadsheet(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv") || lower.endsWith(".xlsx");
  }

  /** The file's sheets: one for a CSV file, named for the file; a workbook's in order. */
  static ImmutableList<Sheet> read(Path file, ReadLimits limits) throws Unreadable {
    try {
      if (Files.isDirectory(file)) {
        throw new Unreadable("is a directory, not a spreadsheet");
      }
      long size = Files.size(file);
      if (size > limits.maxDocumentBytes()) {
        throw new Unreadable("the file has " + size + " bytes, more than the limit of " + limits.maxDocumentBytes() + " bytes");
      }
      String name = file.getFileName().toString();
      return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? ImmutableList.of(csv(file, name, limits)) : workbook(file, limits);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new Unreadable("no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new Unreadable("cannot read the file: permission denied");
    } catch (JacksonException e) {
      throw new Unreadable("invalid CSV: " + e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      // fastexcel reports a damaged workbook with unchecked exceptions of its own
      throw new Unreadable("cannot read the spreadsheet: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  private static Sheet csv(Path file, String name, ReadLimits limits) throws IOException, Unreadable {
    CsvMapper mapper = CsvMapper.builder(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(limits.maxStringLength())
                .maxDocumentLength(limits.maxDocumentBytes())
                .build())
            .build())
        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .build();
    List<Sheet.Row> rows = new ArrayList<>();
    byte[] content = Files.readAllBytes(file);
    int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb && (content[2] & 0xff) == 0xbf ? 3 : 0;
    try (MappingIterator<List<String>> records = mapper.readerForListOf(String.class).readValues(content, start, content.length - start)) {
      int number = 0;
      while (records.hasNextValue()) {
        number++;
        List<String> cells = records.nextValue();
        add(rows, number, cells.stream().map(cell -> cell == null ? "" : cell.strip()).toList());
      }
    }
    return new Sheet(name, true, ImmutableList.copyOf(rows));
  }

  private static ImmutableList<Sheet> workbook(Path file, ReadLimits limits) throws IOException, Unreadable {
    long unpacked = unpackedSize(file, limits.maxDocumentBytes());
    if (unpacked > limits.maxDocumentBytes()) {
      throw new Unreadable("the workbook unpacks to more than the limit of " + limits.maxDocumentBytes() + " bytes");
    }
    ImmutableList.Builder<Sheet> sheets = ImmutableList.builder();
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
        List<Sheet.Row> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
          for (Row row : (Iterable<Row>) stream::iterator) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
              String text = text(row.getCell(c));
              if (text.length() > limits.maxStringLength()) {
                throw new Unreadable(sheet.getName() + "!" + Sheet.column(c) + row.getRowNum() + ": a cell of "
                    + text.length() + " characters, more than the limit of " + limits.maxStringLength());
              }
              cells.add(text);
            }
            add(rows, row.getRowNum(), cells);
          }
        }
        sheets.add(new Sheet(sheet.getName(), false, ImmutableList.copyOf(rows)));
      }
    }
    return sheets.build();
  }

  /** A cell's text: numbers as written ({@code 9}, not {@code 9.0}), booleans as true or false. */
  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getType()) {
      case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
      case BOOLEAN -> String.valueOf(cell.asBoolean());
      case EMPTY -> "";
      default -> cell.getText() == null ? "" : cell.getText().strip();
    };
  }

  /** Adds a row unless all its cells are empty. */
  private static void add(List<Sheet.Row> rows, int number, List<String> cells) {
    if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
      rows.add(new Sheet.Row(number, ImmutableList.copyOf(cells)));
    }
  }

  /**
   * What the zip archive unpacks to, counted by unpacking it (an entry's declared size may lie),
   * stopping as soon as the count passes {@code limit}.
   */
  private static long unpackedSize(Path file, long limit) throws IOException {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
              return total;
            }
          }
        }
      }
    }
    return total;
  }
}
