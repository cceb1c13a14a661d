package org.evidencegrading.cli.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.GuidelineInfo;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Study;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.GradingSystems;

/**
 * Builds, from the sheets of a spreadsheet, the document a guideline file would hold, remembering
 * which cell each value came from ({@link Places}). The layout is {@link TableLayout}'s; the reader
 * that reads the document decides what is valid.
 */
final class GuidelineTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Splitter LIST = Splitter.onPattern("[;,]").trimResults().omitEmptyStrings();

  private final String file;
  private final GradingSystems systems;
  private final Places places;
  private final List<InputError> errors = new ArrayList<>();
  private final ObjectNode guideline = NODES.objectNode();
  private final ObjectNode root = NODES.objectNode();
  private final ArrayNode studies = NODES.arrayNode();
  private final Map<String, QuestionNode> questions = new LinkedHashMap<>();
  private TableLayout layout;

  private record QuestionNode(ObjectNode node, String path, Map<String, RecommendationNode> recommendations) {}

  private record RecommendationNode(ObjectNode node, String path, ArrayNode items) {}

  private GuidelineTree(String file, GradingSystems systems) {
    this.file = file;
    this.systems = systems;
    this.places = new Places(file);
  }

  /**
   * The document of the sheets, with the places of its values, or the errors found building it.
   *
   * @param file the file as the user named it
   * @param defaultId the guideline id when the sheets give none (from the file's name)
   */
  static GuidelineTree build(String file, String defaultId, List<Sheet> sheets, GradingSystems systems) {
    GuidelineTree tree = new GuidelineTree(file, systems);
    tree.read(defaultId, sheets);
    return tree;
  }

  /** The document, as JSON. */
  byte[] json() {
    try {
      return Mappers.json().writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of nodes always serializes", e);
    }
  }

  Places places() {
    return places;
  }

  ImmutableList<InputError> errors() {
    return ImmutableList.copyOf(errors);
  }

  private void read(String defaultId, List<Sheet> sheets) {
    Sheet guidelineSheet = null;
    Sheet studySheet = null;
    Sheet questionSheet = null;
    List<Sheet> evidence = new ArrayList<>();
    for (Sheet sheet : sheets) {
      String name = sheet.csv() ? "" : sheet.name().strip().toLowerCase(Locale.ROOT);
      switch (name) {
        case "guideline" -> guidelineSheet = sheet;
        case "studies" -> studySheet = sheet;
        case "questions" -> questionSheet = sheet;
        default -> evidence.add(sheet);
      }
    }
    root.put("format", Guideline.FORMAT);
    if (guidelineSheet != null) {
      guidelineSheet(guidelineSheet);
    }
    for (Sheet sheet : evidence) {
      guidelineColumns(sheet);
    }
    layout = layout(evidence, guidelineSheet != null ? guidelineSheet : evidence.isEmpty() ? null : evidence.get(0));
    if (!guideline.has("id")) {
      guideline.put("id", defaultId);
    }
    if (studySheet != null) {
      for (Sheet.Row row : studySheet.records()) {
        ObjectNode study = studies.addObject();
        String path = "studies[" + (studies.size() - 1) + "]";
        places.row(path, studySheet, row);
        for (int c = 0; c < studySheet.headers().size(); c++) {
          set(study, FieldTypes.of(Study.class), TableLayout.path(strip(studySheet.headers().get(c), "study")), studySheet, row, c, path);
        }
      }
    }
    if (questionSheet != null) {
      questionSheet(questionSheet);
    }
    for (Sheet sheet : evidence) {
      evidenceSheet(sheet);
    }
    if (studySheet == null) {
      citedStudies();
    }
    root.set("guideline", guideline);
    root.set("studies", studies);
    ArrayNode questionList = root.putArray("questions");
    for (QuestionNode question : questions.values()) {
      ArrayNode recommendations = question.node().putArray("recommendations");
      for (RecommendationNode recommendation : question.recommendations().values()) {
        if (!recommendation.items().isEmpty()) {
          recommendation.node().set(layout.itemField(), recommendation.items());
        }
        recommendations.add(recommendation.node());
      }
      questionList.add(question.node());
    }
  }

  /** The guideline sheet: a header row of the guideline's fields and one row of values. */
  private void guidelineSheet(Sheet sheet) {
    for (Sheet.Row row : sheet.records()) {
      for (int c = 0; c < sheet.headers().size(); c++) {
        String header = strip(sheet.headers().get(c), "guideline");
        if (header.equals("format")) {
          setAt(root, "format", sheet, row, c);
        } else {
          set(guideline, FieldTypes.of(GuidelineInfo.class), TableLayout.path(header), sheet, row, c, "guideline");
        }
      }
    }
  }

  /** {@code guideline.X} columns of an evidence sheet: the guideline's fields, the same on every row that gives them. */
  private void guidelineColumns(Sheet sheet) {
    for (int c = 0; c < sheet.headers().size(); c++) {
      String header = sheet.headers().get(c);
      if (header.startsWith("guideline.")) {
        for (Sheet.Row row : sheet.records()) {
          set(guideline, FieldTypes.of(GuidelineInfo.class), TableLayout.path(header.substring("guideline.".length())), sheet, row, c, "guideline");
        }
      }
    }
  }

  /**
   * The layout of the guideline's system: the one named, or the one whose items' fields the evidence
   * columns name most often (the reader then reports the columns that name no field).
   */
  private TableLayout layout(List<Sheet> evidence, Sheet systemSheet) {
    if (guideline.hasNonNull("system")) {
      Optional<GradingSystem<?, ?>> named = systems.find(guideline.get("system").asText());
      return named.map(TableLayout::of).orElseGet(TableLayout::untyped);
    }
    List<String> headers = evidence.stream().flatMap(sheet -> sheet.headers().stream()).toList();
    int best = 0;
    List<GradingSystem<?, ?>> fitting = new ArrayList<>();
    for (GradingSystem<?, ?> system : systems.all()) {
      int known = TableLayout.of(system).itemFieldsNamed(headers);
      if (known > best) {
        fitting.clear();
        best = known;
      }
      if (known == best && known > 0) {
        fitting.add(system);
      }
    }
    if (fitting.size() == 1) {
      guideline.put("system", fitting.get(0).id());
      return TableLayout.of(fitting.get(0));
    }
    errors.add(InputError.builder().file(file + (systemSheet == null || systemSheet.csv() ? "" : ":" + systemSheet.name()))
        .path("guideline.system")
        .message("cannot tell the grading system from the columns (add a column guideline.system, or a Guideline sheet, naming one of: "
            + String.join(", ", systems.ids()) + ")")
        .build());
    return TableLayout.untyped();
  }

  /** The questions sheet: a row per question, its id in the column {@code id} (or {@code question}). */
  private void questionSheet(Sheet sheet) {
    int idColumn = Math.max(sheet.headers().indexOf("id"), sheet.headers().indexOf("question"));
    for (Sheet.Row row : sheet.records()) {
      if (idColumn < 0 || row.cell(idColumn).isEmpty()) {
        errors.add(error(sheet.rowName(row.number()), "", "a question needs its id, in a column named id"));
        continue;
      }
      QuestionNode question = question(row.cell(idColumn), sheet, row);
      for (int c = 0; c < sheet.headers().size(); c++) {
        if (c != idColumn) {
          set(question.node(), FieldTypes.of(Question.class), TableLayout.path(strip(sheet.headers().get(c), "question")), sheet, row, c, question.path());
        }
      }
    }
  }

  /** An evidence sheet: a row per appraisal or outcome, with the question and recommendation it belongs to. */
  private void evidenceSheet(Sheet sheet) {
    List<TableLayout.Column> columns = sheet.headers().stream().map(layout::column).toList();
    int questionColumn = columns.indexOf(TableLayout.Column.QUESTION_ID);
    int recommendationColumn = columns.indexOf(TableLayout.Column.RECOMMENDATION_ID);
    for (Sheet.Row row : sheet.records()) {
      if (questionColumn < 0 || row.cell(questionColumn).isEmpty() || recommendationColumn < 0 || row.cell(recommendationColumn).isEmpty()) {
        errors.add(error(sheet.rowName(row.number()), "",
            "each row names its question and recommendation, in columns named question and recommendation"));
        continue;
      }
      QuestionNode question = question(row.cell(questionColumn), sheet, row);
      String recommendationId = row.cell(recommendationColumn);
      RecommendationNode recommendation = question.recommendations().get(recommendationId);
      if (recommendation == null) {
        ObjectNode node = NODES.objectNode().put("id", recommendationId);
        String path = question.path() + ".recommendations[" + question.recommendations().size() + "]";
        recommendation = new RecommendationNode(node, path, NODES.arrayNode());
        question.recommendations().put(recommendationId, recommendation);
        places.row(path, sheet, row);
        places.cell(path + ".id", sheet, row, recommendationColumn);
      }
      boolean hasItem = false;
      for (int c = 0; c < columns.size(); c++) {
        hasItem |= columns.get(c).kind() == TableLayout.Kind.ITEM && !row.cell(c).isEmpty();
      }
      ObjectNode item = null;
      String itemPath = recommendation.path() + "." + layout.itemField() + "[" + recommendation.items().size() + "]";
      if (hasItem) {
        item = recommendation.items().addObject();
        places.row(itemPath, sheet, row);
      }
      for (int c = 0; c < columns.size(); c++) {
        TableLayout.Column column = columns.get(c);
        switch (column.kind()) {
          case QUESTION -> set(question.node(), FieldTypes.of(Question.class), column.path(), sheet, row, c, question.path());
          case RECOMMENDATION -> set(recommendation.node(), layout.recommendationType(), column.path(), sheet, row, c, recommendation.path());
          case ITEM -> {
            if (item != null) {
              set(item, layout.itemType(), column.path(), sheet, row, c, itemPath);
            }
          }
          default -> { }
        }
      }
    }
  }

  private QuestionNode question(String id, Sheet sheet, Sheet.Row row) {
    return questions.computeIfAbsent(id, key -> {
      String path = "questions[" + questions.size() + "]";
      places.row(path, sheet, row);
      return new QuestionNode(NODES.objectNode().put("id", key), path, new LinkedHashMap<>());
    });
  }

  /** Without a studies sheet, the bibliography is every study the evidence cites, by id. */
  private void citedStudies() {
    Set<String> cited = new LinkedHashSet<>();
    for (QuestionNode question : questions.values()) {
      for (RecommendationNode recommendation : question.recommendations().values()) {
        for (JsonNode item : recommendation.items()) {
          if (item.path("study").isTextual()) {
            cited.add(item.get("study").asText());
          }
          item.path("studies").forEach(study -> cited.add(study.asText()));
        }
      }
    }
    cited.forEach(id -> studies.addObject().put("id", id));
  }

  /**
   * Sets the value of a cell at a path within {@code target} (of type {@code type}), read as the
   * field's type. A value given on several rows must be the same on each. Every cell, empty or
   * not, is placed, so that an error about a missing value points at the cell where it belongs.
   */
  private void set(ObjectNode target, JavaType type, List<String> path, Sheet sheet, Sheet.Row row, int column, String base) {
    String fullPath = base + "." + String.join(".", path);
    String text = row.cell(column);
    places.cellIfAbsent(fullPath, sheet, row, column);
    if (text.isEmpty()) {
      return;
    }
    ObjectNode parent = target;
    for (String name : path.subList(0, path.size() - 1)) {
      JsonNode child = parent.get(name);
      if (!(child instanceof ObjectNode)) {
        child = parent.putObject(name);
      }
      parent = (ObjectNode) child;
    }
    JsonNode value = value(text, FieldTypes.at(type, path));
    String leaf = path.get(path.size() - 1);
    JsonNode existing = parent.get(leaf);
    if (existing != null && !existing.equals(value)) {
      errors.add(error(sheet.cellName(column, row.number()), sheet.headers().get(column),
          "'" + text + "' differs from the value given before, " + existing + " (" + places.find(fullPath).map(Places.Place::name).orElse(file)
              + "): give it once, or the same on every row"));
      return;
    }
    parent.set(leaf, value);
    places.cell(fullPath, sheet, row, column);
  }

  private void setAt(ObjectNode target, String field, Sheet sheet, Sheet.Row row, int column) {
    if (!row.cell(column).isEmpty()) {
      target.put(field, row.cell(column));
      places.cell(field, sheet, row, column);
    }
  }

  /**
   * A cell's text as a value of the field's type: numbers and booleans as such, a list of values
   * separated by semicolons or commas, an object or a list of objects written in YAML or JSON
   * ({@code [{votes: [9, 8, 7]}]}). Text that is not of the type stays text, for the reader to
   * report; so does everything in a column that names no field.
   */
  private static JsonNode value(String text, Optional<JavaType> type) {
    if (type.isEmpty()) {
      return NODES.textNode(text);
    }
    JavaType field = type.get();
    Class<?> raw = field.getRawClass();
    if (field.isCollectionLikeType()) {
      JavaType content = FieldTypes.unwrap(field.getContentType());
      if (FieldTypes.isObject(content) || text.startsWith("[")) {
        return structured(text);
      }
      ArrayNode list = NODES.arrayNode();
      LIST.split(text).forEach(element -> list.add(value(element, Optional.of(content))));
      return list;
    }
    if (field.isMapLikeType() || FieldTypes.isObject(field)) {
      return structured(text);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      String lower = text.toLowerCase(Locale.ROOT);
      return lower.equals("true") || lower.equals("false") ? NODES.booleanNode(lower.equals("true")) : NODES.textNode(text);
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
        || raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      try {
        BigDecimal number = new BigDecimal(text);
        boolean integral = raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class;
        if (integral && number.stripTrailingZeros().scale() <= 0) {
          return NODES.numberNode(number.longValueExact());
        }
        return integral ? NODES.textNode(text) : NODES.numberNode(number.doubleValue());
      } catch (NumberFormatException | ArithmeticException e) {
        return NODES.textNode(text);
      }
    }
    return NODES.textNode(text);
  }

  /** A cell holding an object or a list in YAML or JSON; text if it is neither. */
  private static JsonNode structured(String text) {
    try {
      JsonNode node = Mappers.yaml().readTree(text);
      return node == null || node.isMissingNode() ? NODES.textNode(text) : node;
    } catch (JsonProcessingException e) {
      return NODES.textNode(text);
    }
  }

  /** A header without its prefix: {@code study.citation} on a studies sheet is {@code citation}. */
  private static String strip(String header, String prefix) {
    return header.startsWith(prefix + ".") ? header.substring(prefix.length() + 1) : header;
  }

  private InputError error(String where, String column, String message) {
    return InputError.builder().file(file + ":" + where).path(column).message(message).build();
  }
}
