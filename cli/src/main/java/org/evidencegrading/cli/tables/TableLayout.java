package org.evidencegrading.cli.tables;

import com.fasterxml.jackson.databind.JavaType;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.evidencegrading.system.GradingSystem;

/**
 * How the columns of an evidence sheet name the fields of a guideline file, for one grading system:
 * a row is one element of the recommendation's first list of objects (a NASS recommendation's
 * {@code appraisals}, a GRADE recommendation's {@code outcomes}: the <em>items</em>), found by
 * introspection, so that the layout follows the file format as it grows.
 *
 * <ul>
 *   <li>{@code question} and {@code recommendation}: the ids the row belongs to; rows with the same
 *       two ids are one recommendation's items, in order;
 *   <li>{@code question.X}, {@code recommendation.X}, {@code appraisal.X} / {@code outcome.X}: field
 *       {@code X} of the question, the recommendation, the item; {@code guideline.X}: of the
 *       guideline; a dotted {@code X} names a nested field ({@code effect.measure});
 *   <li>a name without a prefix is the item's field where the item has one ({@code riskOfBias},
 *       {@code published.certainty} of a GRADE outcome), else the recommendation's ({@code
 *       statement}, {@code published.grade} of a NASS recommendation); a name that is neither is
 *       given to the item, for the reader to report.
 * </ul>
 */
final class TableLayout {

  /** What a column holds. */
  enum Kind { QUESTION_ID, QUESTION, RECOMMENDATION_ID, RECOMMENDATION, ITEM, GUIDELINE, NONE }

  /** A column: what it holds and the path of field names within that. */
  record Column(Kind kind, ImmutableList<String> path) {
    static final Column QUESTION_ID = new Column(Kind.QUESTION_ID, ImmutableList.of());
    static final Column RECOMMENDATION_ID = new Column(Kind.RECOMMENDATION_ID, ImmutableList.of());
  }

  private static final Splitter DOTS = Splitter.on('.');

  private final JavaType recommendationType;
  private final String itemField;
  private final JavaType itemType;

  private TableLayout(JavaType recommendationType, String itemField, JavaType itemType) {
    this.recommendationType = recommendationType;
    this.itemField = itemField;
    this.itemType = itemType;
  }

  /** The layout of a system's recommendations. */
  static TableLayout of(GradingSystem<?, ?> system) {
    JavaType recommendation = FieldTypes.of(system.recommendationType());
    Map.Entry<String, JavaType> items = FieldTypes.firstListOfObjects(recommendation)
        .orElse(Map.entry("items", FieldTypes.of(Object.class)));
    return new TableLayout(recommendation, items.getKey(), items.getValue());
  }

  /** A layout that knows no fields, for a guideline whose system is unknown (the reader reports that). */
  static TableLayout untyped() {
    return new TableLayout(FieldTypes.of(Object.class), "items", FieldTypes.of(Object.class));
  }

  JavaType recommendationType() {
    return recommendationType;
  }

  JavaType itemType() {
    return itemType;
  }

  /** The recommendation's field that holds the items, e.g. {@code appraisals}. */
  String itemField() {
    return itemField;
  }

  /** An item's name as a column prefix: {@code appraisal}, {@code outcome}. */
  String itemName() {
    return itemField.endsWith("s") ? itemField.substring(0, itemField.length() - 1) : itemField;
  }

  /** What a column of this header holds. */
  Column column(String header) {
    if (header.isEmpty()) {
      return new Column(Kind.NONE, ImmutableList.of());
    }
    if (header.equals("question")) {
      return Column.QUESTION_ID;
    }
    if (header.equals("recommendation")) {
      return Column.RECOMMENDATION_ID;
    }
    for (Map.Entry<String, Kind> prefix : ImmutableMap.of("question.", Kind.QUESTION, "recommendation.", Kind.RECOMMENDATION,
        itemName() + ".", Kind.ITEM, "guideline.", Kind.GUIDELINE).entrySet()) {
      if (header.startsWith(prefix.getKey())) {
        return new Column(prefix.getValue(), path(header.substring(prefix.getKey().length())));
      }
    }
    ImmutableList<String> path = path(header);
    boolean ofItem = FieldTypes.properties(itemType).containsKey(path.get(0));
    boolean ofRecommendation = FieldTypes.properties(recommendationType).containsKey(path.get(0));
    return new Column(!ofItem && ofRecommendation ? Kind.RECOMMENDATION : Kind.ITEM, path);
  }

  /** How many of the columns name a field of an item (not counting the question's and the recommendation's). */
  int itemFieldsNamed(List<String> headers) {
    int count = 0;
    for (String header : headers) {
      Column column = column(header);
      if (column.kind() == Kind.ITEM && FieldTypes.at(itemType, column.path()).isPresent()) {
        count++;
      }
    }
    return count;
  }

  /** A header's field names: {@code effect.measure} is [effect, measure]. */
  static ImmutableList<String> path(String header) {
    return ImmutableList.copyOf(DOTS.split(header));
  }
}
