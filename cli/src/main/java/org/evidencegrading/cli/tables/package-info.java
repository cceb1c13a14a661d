/**
 * Evidence tables as spreadsheets, in and out. In: a {@code .csv} file or an {@code .xlsx} workbook
 * whose columns are named by the file format's field names (one row per NASS appraisal or GRADE
 * outcome; a workbook may hold the guideline, the bibliography and the questions on sheets of their
 * own) is turned into the document a YAML file would give and read by the normal reader, so that
 * every field of the format works by its name, with errors placed at the sheet, row and column
 * ({@link org.evidencegrading.cli.tables.Spreadsheets}). Out: a guideline in that layout, and a
 * check's derived evidence table with derived, published, agreement and reason per judgment.
 */
package org.evidencegrading.cli.tables;
