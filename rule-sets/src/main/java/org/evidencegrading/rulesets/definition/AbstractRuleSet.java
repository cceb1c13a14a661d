package org.evidencegrading.rulesets.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A levels-and-grades grading system as data: the content of a rule-set file. Its parts refer to
 * one another by id (a row's grade, a table entry's level); {@link RuleSetValidator} checks that
 * they do so correctly, and that the format, the id and the lists are as they must be (it reports
 * each at its field, which an invariant of this value could not), and the look-ups below assume a
 * valid rule set.
 */
@Value.Immutable
@JsonSerialize(as = RuleSet.class)
@JsonDeserialize(as = RuleSet.class)
@JsonPropertyOrder({"format", "id", "title", "note", "compatibleSystems", "sources", "levels", "studyTypes", "designs",
    "potentialLevels", "downgrading", "grades", "consistency", "indirect", "rows"})
abstract class AbstractRuleSet {

  /** The only rule-set format this library reads. */
  public static final String FORMAT = "evidence-grading-rules/1";

  /** What a rule set's id looks like: it is a grading system's id, as guideline files name it. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** Always {@value #FORMAT}. */
  public abstract String format();

  /** The grading system's id, which guideline files name in {@code guideline.system}, e.g. {@code AAOS}. */
  public abstract String id();

  public abstract String title();

  public abstract Optional<String> note();

  /**
   * The ids of grading systems whose guidelines print this rule set's levels and grades (the NASS
   * 2024 set's for {@code NASS}): comparing such a guideline under this set uses its printed levels.
   */
  public abstract ImmutableList<String> compatibleSystems();

  public abstract ImmutableList<Source> sources();

  /** Best first. */
  public abstract ImmutableList<Level> levels();

  public abstract ImmutableList<String> studyTypes();

  public abstract ImmutableList<String> designs();

  /** The study-type and design table. */
  public abstract ImmutableList<TableEntry> potentialLevels();

  /** Absent: studies are never downgraded. */
  public abstract Optional<DowngradePolicy> downgrading();

  /** Strongest first. */
  public abstract ImmutableList<Grade> grades();

  public abstract ConsistencyPolicy consistency();

  /** Absent: indirectness changes nothing. */
  public abstract Optional<IndirectPolicy> indirect();

  /** In order of precedence. */
  public abstract ImmutableList<Row> rows();

  // ---- look-ups, for a valid rule set ------------------------------------------------------------

  @Value.Lazy
  protected ImmutableMap<String, Integer> levelIndexes() {
    return indexes(levels(), Level::id);
  }

  @Value.Lazy
  protected ImmutableMap<String, Integer> gradeIndexes() {
    return indexes(grades(), Grade::id);
  }

  @Value.Lazy
  protected ImmutableMap<String, TableEntry> cells() {
    Map<String, TableEntry> cells = new HashMap<>();
    for (TableEntry entry : potentialLevels()) {
      for (String type : entry.studyTypes()) {
        for (String design : entry.designs()) {
          cells.putIfAbsent(type + " " + design, entry);
        }
      }
    }
    return ImmutableMap.copyOf(cells);
  }

  @Value.Lazy
  protected ImmutableMap<String, String> floors() {
    Map<String, String> floors = new HashMap<>();
    for (Floor floor : downgrading().map(DowngradePolicy::floors).orElse(ImmutableList.of())) {
      for (String level : floor.levels()) {
        floors.putIfAbsent(level, floor.floor());
      }
    }
    return ImmutableMap.copyOf(floors);
  }

  private static <T> ImmutableMap<String, Integer> indexes(List<T> values, Function<T, String> id) {
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      indexes.putIfAbsent(id.apply(values.get(i)), i);
    }
    return ImmutableMap.copyOf(indexes);
  }

  /** The level of this id. */
  public Optional<Level> level(String id) {
    return Optional.ofNullable(levelIndexes().get(id)).map(levels()::get);
  }

  /** The position of a level, best first; -1 if there is none of this id. */
  public int levelIndex(String id) {
    return levelIndexes().getOrDefault(id, -1);
  }

  /** The grade of this id. */
  public Optional<Grade> grade(String id) {
    return Optional.ofNullable(gradeIndexes().get(id)).map(grades()::get);
  }

  /** The position of a grade, strongest first; -1 if there is none of this id. */
  public int gradeIndex(String id) {
    return gradeIndexes().getOrDefault(id, -1);
  }

  /** The table's entry for a study type and design, if an entry names both. */
  public Optional<TableEntry> cell(String studyType, String design) {
    return Optional.ofNullable(cells().get(studyType + " " + design));
  }

  /** A level lowered by {@code steps}, one level a step, never below its floor (nor below itself without one). */
  public String lowered(String level, int steps) {
    int index = levelIndex(level);
    int floor = levelIndex(floors().getOrDefault(level, level));
    return levels().get(Math.max(index, Math.min(index + Math.max(steps, 0), floor))).id();
  }

  /** The most downgrade steps a guideline may give. */
  public int maxDowngradeSteps() {
    return downgrading().map(DowngradePolicy::maxSteps).orElse(0);
  }

  /** What indirect evidence does. */
  public IndirectEffect indirectEffect() {
    return indirect().map(IndirectPolicy::effect).orElse(IndirectEffect.NONE);
  }

  /** The source of this id. */
  public Optional<Source> source(String id) {
    return sources().stream().filter(source -> source.id().equals(id)).findFirst();
  }

  /**
   * Where a part comes from, for a trace step: the source's citation and the place in it, and
   * whether it could not be verified.
   */
  public String citation(Cited part) {
    String citation = source(part.source()).map(source -> source.name().orElse(source.citation())).orElse(part.source());
    return citation + part.where().map(where -> ", " + where).orElse("")
        + part.unverified().map(why -> " (not verified against the source: " + why + ")").orElse("");
  }
}
