package org.evidencegrading.cli.tables;

import com.google.common.collect.ImmutableList;

/**
 * One sheet of a spreadsheet as read: its name (the file's name for a CSV file) and its non-empty
 * rows, each with its 1-based row number and its cells' text (empty for an empty cell).
 *
 * @param name the sheet's name
 * @param csv whether the sheet is a CSV file, whose cells are named without a sheet
 * @param rows the rows that have a non-empty cell, in order
 */
record Sheet(String name, boolean csv, ImmutableList<Row> rows) {

  /** A row: its number as the spreadsheet shows it and its cells, from column A. */
  record Row(int number, ImmutableList<String> cells) {

    /** The cell's text in a column (0 for A), empty where the row has no such cell. */
    String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }

  /** The first row, whose cells name the columns; empty for a sheet without rows. */
  ImmutableList<String> headers() {
    return rows.isEmpty() ? ImmutableList.of() : rows.get(0).cells();
  }

  /** The rows below the header. */
  ImmutableList<Row> records() {
    return rows.isEmpty() ? ImmutableList.of() : rows.subList(1, rows.size());
  }

  /** A cell's name in error messages: {@code Outcomes!F12}, or {@code F12} in a CSV file. */
  String cellName(int column, int row) {
    return (csv ? "" : name + "!") + column(column) + row;
  }

  /** A row's name in error messages: {@code Outcomes!row 12}, or {@code row 12} in a CSV file. */
  String rowName(int row) {
    return (csv ? "" : name + "!") + "row " + row;
  }

  /** A column's letters: 0 is A, 25 Z, 26 AA. */
  static String column(int index) {
    String letter = String.valueOf((char) ('A' + index % 26));
    return index < 26 ? letter : column(index / 26 - 1) + letter;
  }
}
