package org.evidencegrading.cli.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.system.GradingSystems;

/**
 * Writes a guideline in the spreadsheet layout that {@link Spreadsheets} reads: a workbook of the
 * sheets {@code Guideline}, {@code Studies}, {@code Questions} and the evidence (one row per
 * appraisal or outcome), or, as one CSV sheet, the evidence alone with the guideline's fields in
 * {@code guideline.X} columns (a CSV file has no room for the bibliography's citations). The
 * guideline's, a question's and a recommendation's fields are written on their first row only. Values
 * that are lists of plain values are written separated by "; ", objects within lists (consensus
 * rounds) as JSON, which the reader reads as YAML's flow style.
 */
final class LayoutWriter {

  private LayoutWriter() {}

  /** The guideline's sheets in the format: all four for a workbook, the evidence for CSV. */
  static List<SheetFormat.Sheet> sheets(Guideline guideline, GradingSystems systems, SheetFormat format) {
    TableLayout layout = systems.find(guideline.guideline().system()).map(TableLayout::of).orElseGet(TableLayout::untyped);
    JsonNode tree = Mappers.json().valueToTree(guideline);
    Rows evidence = new Rows();
    for (JsonNode question : tree.path("questions")) {
      boolean firstOfQuestion = true;
      for (JsonNode recommendation : question.path("recommendations")) {
        // The fields shared by a recommendation's rows are written on its first row only.
        Map<String, String> shared = new LinkedHashMap<>();
        if (format == SheetFormat.CSV && evidence.isEmpty()) {
          flatten(tree.get("guideline"), "guideline.", shared);
        }
        shared.put("question", question.get("id").asText());
        if (format == SheetFormat.CSV && firstOfQuestion) {
          flatten(without(question, Set.of("id", "recommendations")), "question.", shared);
        }
        firstOfQuestion = false;
        shared.put("recommendation", recommendation.get("id").asText());
        for (Map.Entry<String, JsonNode> field : recommendation.properties()) {
          if (!field.getKey().equals("id") && !field.getKey().equals(layout.itemField())) {
            String name = FieldTypes.properties(layout.itemType()).containsKey(field.getKey()) ? "recommendation." + field.getKey() : field.getKey();
            flatten(field.getValue(), name, shared);
          }
        }
        JsonNode items = recommendation.path(layout.itemField());
        if (items.isEmpty()) {
          evidence.add(shared);
        }
        Map<String, String> ids = Map.of("question", shared.get("question"), "recommendation", shared.get("recommendation"));
        for (JsonNode item : items) {
          Map<String, String> row = new LinkedHashMap<>(shared);
          shared = new LinkedHashMap<>(ids);
          for (Map.Entry<String, JsonNode> field : item.properties()) {
            String name = FieldTypes.properties(layout.recommendationType()).containsKey(field.getKey())
                ? layout.itemName() + "." + field.getKey() : field.getKey();
            flatten(field.getValue(), name, row);
          }
          evidence.add(row);
        }
      }
    }
    String evidenceName = Character.toUpperCase(layout.itemField().charAt(0)) + layout.itemField().substring(1);
    if (format == SheetFormat.CSV) {
      return List.of(evidence.sheet(evidenceName));
    }
    Rows info = new Rows();
    Map<String, String> guidelineRow = new LinkedHashMap<>();
    guidelineRow.put("format", tree.get("format").asText());
    flatten(tree.get("guideline"), "", guidelineRow);
    info.add(guidelineRow);
    Rows studies = new Rows();
    for (JsonNode study : tree.path("studies")) {
      Map<String, String> row = new LinkedHashMap<>();
      flatten(study, "", row);
      studies.add(row);
    }
    Rows questions = new Rows();
    for (JsonNode question : tree.path("questions")) {
      Map<String, String> row = new LinkedHashMap<>();
      flatten(without(question, Set.of("recommendations")), "", row);
      questions.add(row);
    }
    return List.of(info.sheet("Guideline"), studies.sheet("Studies"), questions.sheet("Questions"), evidence.sheet(evidenceName));
  }

  /** Rows of named cells, their columns in the order first seen. */
  private static final class Rows {
    private final List<Map<String, String>> rows = new ArrayList<>();

    void add(Map<String, String> row) {
      rows.add(row);
    }

    boolean isEmpty() {
      return rows.isEmpty();
    }

    SheetFormat.Sheet sheet(String name) {
      List<String> headers = rows.stream().flatMap(row -> row.keySet().stream()).distinct().toList();
      List<List<String>> cells = rows.stream().map(row -> headers.stream().map(header -> row.getOrDefault(header, "")).toList()).toList();
      return new SheetFormat.Sheet(name, headers, cells);
    }
  }

  /** A value's cells under a column name: objects by dotted field names, lists of plain values joined. */
  private static void flatten(JsonNode value, String name, Map<String, String> cells) {
    if (value.isObject() && !value.isEmpty()) {
      String prefix = name.isEmpty() || name.endsWith(".") ? name : name + ".";
      value.properties().forEach(field -> flatten(field.getValue(), prefix + field.getKey(), cells));
    } else if (value.isArray() && StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isValueNode)) {
      if (!value.isEmpty()) {
        cells.put(name, StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining("; ")));
      }
    } else if (value.isContainerNode()) {
      if (!value.isEmpty()) {
        cells.put(name, flow(value));
      }
    } else if (!value.isNull()) {
      cells.put(name, value.asText());
    }
  }

  /** A list of objects on one line, as JSON: {@code [{"votes":[9,8]}]}. */
  private static String flow(JsonNode value) {
    try {
      return Mappers.json().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of nodes always serializes", e);
    }
  }

  private static JsonNode without(JsonNode object, Set<String> fields) {
    ObjectNode copy = ((ObjectNode) object).deepCopy();
    copy.remove(fields);
    return copy;
  }
}
