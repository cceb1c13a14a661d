package org.evidencegrading.cli.tables;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.evidencegrading.io.InputError;

/**
 * Where each value of a document built from a spreadsheet came from: field paths (in the reader's
 * notation, {@code questions[0].recommendations[1].outcomes[2].riskOfBias}) to cells, and paths of
 * whole items, recommendations and questions to their first row; so that the reader's errors can
 * be said in the spreadsheet's terms: {@code table.xlsx:Outcomes!F12: riskOfBias: ...}.
 */
final class Places {

  /** A cell or a row: its name ({@code table.xlsx:Outcomes!F12}) and its column's header ("" for a row). */
  record Place(String name, String column) {}

  private final String file;
  private final NavigableMap<String, Place> byPath = new TreeMap<>();

  Places(String file) {
    this.file = file;
  }

  void cell(String path, Sheet sheet, Sheet.Row row, int column) {
    byPath.put(path, new Place(file + ":" + sheet.cellName(column, row.number()), sheet.headers().get(column)));
  }

  void cellIfAbsent(String path, Sheet sheet, Sheet.Row row, int column) {
    byPath.putIfAbsent(path, new Place(file + ":" + sheet.cellName(column, row.number()), sheet.headers().get(column)));
  }

  void row(String path, Sheet sheet, Sheet.Row row) {
    byPath.putIfAbsent(path, new Place(file + ":" + sheet.rowName(row.number()), ""));
  }

  /**
   * The place of a path; else of the first cell within it (an unknown field {@code reasons} given
   * as {@code reasons.design}); else of the nearest enclosing path that has one.
   */
  Optional<Place> find(String path) {
    Map.Entry<String, Place> within = path.isEmpty() ? null : byPath.ceilingEntry(path + ".");
    if (!byPath.containsKey(path) && within != null && within.getKey().startsWith(path + ".") && !within.getValue().column().isEmpty()) {
      return Optional.of(within.getValue());
    }
    for (String p = path; !p.isEmpty(); p = parent(p)) {
      Place place = byPath.get(p);
      if (place != null) {
        return Optional.of(place.column().isEmpty() && !p.equals(path) ? new Place(place.name(), path.substring(p.length() + 1)) : place);
      }
    }
    return Optional.empty();
  }

  /** The error said at its cell or row; an error of no place keeps its field path, in the file. */
  InputError locate(InputError error) {
    Optional<Place> place = find(error.path());
    return InputError.builder()
        .file(place.map(Place::name).orElse(file))
        .path(place.map(Place::column).orElse(error.path()))
        .message(error.message())
        .build();
  }

  /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → "". */
  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
