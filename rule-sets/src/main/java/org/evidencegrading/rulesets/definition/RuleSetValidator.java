package org.evidencegrading.rulesets.definition;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.evidencegrading.system.ErrorSink;

/**
 * What a rule set must meet as a whole, beyond each value's own invariants: the format is {@value
 * RuleSet#FORMAT}; the id is a system id; it has sources, levels, study types, designs, grades and
 * rows; ids are unique; every
 * reference (a source, level, grade, study type or design) names one the rule set declares; the
 * table names each study type and design at most once; every level has one floor at or below it;
 * a grade lowers to a weaker one. Every violation is reported, with its field path.
 */
public final class RuleSetValidator {

  private RuleSetValidator() {}

  /** Every error of a rule set, as {@code path: message}; empty when it is valid. */
  public static ImmutableList<String> errors(RuleSet rules) {
    ImmutableList.Builder<String> errors = ImmutableList.builder();
    validate(rules, (path, message) -> errors.add(path + ": " + message));
    return errors.build();
  }

  /** Reports every error of a rule set. */
  public static void validate(RuleSet rules, ErrorSink errors) {
    if (!RuleSet.FORMAT.equals(rules.format())) {
      errors.error("format", "unsupported format '" + rules.format() + "' (expected '" + RuleSet.FORMAT + "')");
    }
    if (!RuleSet.ID.matcher(rules.id()).matches()) {
      errors.error("id", "rule set id '" + rules.id() + "' does not match " + RuleSet.ID.pattern() + " (it is the system id guideline files name)");
    }
    notEmpty(rules.sources(), "sources", "source", errors);
    notEmpty(rules.levels(), "levels", "level", errors);
    notEmpty(rules.studyTypes(), "studyTypes", "study type", errors);
    notEmpty(rules.designs(), "designs", "design", errors);
    notEmpty(rules.grades(), "grades", "grade", errors);
    notEmpty(rules.rows(), "rows", "row", errors);
    List<String> levels = rules.levels().stream().map(Level::id).toList();
    List<String> grades = rules.grades().stream().map(Grade::id).toList();
    unique(rules.sources(), Source::id, "sources", ".id", "source", errors);
    unique(rules.levels(), Level::id, "levels", ".id", "level", errors);
    unique(rules.studyTypes(), Function.identity(), "studyTypes", "", "study type", errors);
    unique(rules.designs(), Function.identity(), "designs", "", "design", errors);
    unique(rules.grades(), Grade::id, "grades", ".id", "grade", errors);
    unique(rules.rows(), Row::id, "rows", ".id", "row", errors);
    for (int i = 0; i < rules.compatibleSystems().size(); i++) {
      if (rules.compatibleSystems().get(i).isBlank()) {
        errors.error("compatibleSystems[" + i + "]", "a system id must not be blank");
      }
    }
    table(rules, levels, errors);
    rules.downgrading().ifPresent(policy -> downgrading(rules, policy, levels, errors));
    for (int i = 0; i < rules.grades().size(); i++) {
      Grade grade = rules.grades().get(i);
      String path = "grades[" + i + "]";
      cited(rules, grade, path, errors);
      int index = i;
      grade.lowersTo().ifPresent(lower -> {
        if (reference(lower, grades, "grade", path + ".lowersTo", errors) && rules.gradeIndex(lower) <= index) {
          errors.error(path + ".lowersTo", "grade " + grade.id() + " lowers to " + lower
              + ", which is not below it (grades are listed strongest first)");
        }
      });
    }
    cited(rules, rules.consistency(), "consistency", errors);
    rules.indirect().ifPresent(indirect -> cited(rules, indirect, "indirect", errors));
    for (int i = 0; i < rules.rows().size(); i++) {
      Row row = rules.rows().get(i);
      String path = "rows[" + i + "]";
      cited(rules, row, path, errors);
      row.grade().ifPresent(grade -> reference(grade, grades, "grade", path + ".grade", errors));
      for (int c = 0; c < row.when().size(); c++) {
        references(row.when().get(c).levels(), levels, "level", path + ".when[" + c + "].levels", errors);
      }
      references(row.counts(), levels, "level", path + ".counts", errors);
    }
  }

  private static void table(RuleSet rules, List<String> levels, ErrorSink errors) {
    Map<String, String> named = new HashMap<>();
    for (int i = 0; i < rules.potentialLevels().size(); i++) {
      TableEntry entry = rules.potentialLevels().get(i);
      String path = "potentialLevels[" + i + "]";
      cited(rules, entry, path, errors);
      references(entry.studyTypes(), rules.studyTypes(), "study type", path + ".studyTypes", errors);
      references(entry.designs(), rules.designs(), "design", path + ".designs", errors);
      entry.level().ifPresent(level -> reference(level, levels, "level", path + ".level", errors));
      for (String type : entry.studyTypes()) {
        for (String design : entry.designs()) {
          String first = named.putIfAbsent(type + " " + design, path);
          if (first != null) {
            errors.error(path, "the table names a " + type + " " + design + " study twice (also " + first + ")");
          }
        }
      }
    }
  }

  private static void downgrading(RuleSet rules, DowngradePolicy policy, List<String> levels, ErrorSink errors) {
    cited(rules, policy, "downgrading", errors);
    Map<String, String> floored = new HashMap<>();
    for (int i = 0; i < policy.floors().size(); i++) {
      Floor floor = policy.floors().get(i);
      String path = "downgrading.floors[" + i + "]";
      boolean known = reference(floor.floor(), levels, "level", path + ".floor", errors);
      for (int l = 0; l < floor.levels().size(); l++) {
        String level = floor.levels().get(l);
        String at = path + ".levels[" + l + "]";
        if (!reference(level, levels, "level", at, errors)) {
          continue;
        }
        String first = floored.putIfAbsent(level, at);
        if (first != null) {
          errors.error(at, "level " + level + " has two floors (also " + first + ")");
        } else if (known && rules.levelIndex(floor.floor()) < rules.levelIndex(level)) {
          errors.error(path + ".floor", "the floor " + floor.floor() + " is above level " + level
              + " (levels are listed best first)");
        }
      }
    }
    if (policy.maxSteps() > 0) {
      for (String level : levels) {
        if (!floored.containsKey(level)) {
          errors.error("downgrading.floors", "level " + level + " has no floor: every level needs one"
              + " (a level that downgrading leaves alone is its own floor)");
        }
      }
    }
  }

  private static void notEmpty(List<?> values, String path, String kind, ErrorSink errors) {
    if (values.isEmpty()) {
      errors.error(path, "a rule set has at least one " + kind);
    }
  }

  private static void cited(RuleSet rules, Cited part, String path, ErrorSink errors) {
    if (rules.source(part.source()).isEmpty()) {
      errors.error(path + ".source", "unknown source '" + part.source() + "' (expected one of: "
          + String.join(", ", rules.sources().stream().map(Source::id).toList()) + ")");
    }
  }

  private static void references(List<String> ids, List<String> known, String kind, String path, ErrorSink errors) {
    for (int i = 0; i < ids.size(); i++) {
      reference(ids.get(i), known, kind, path + "[" + i + "]", errors);
    }
  }

  private static boolean reference(String id, List<String> known, String kind, String path, ErrorSink errors) {
    if (known.contains(id)) {
      return true;
    }
    if (known.isEmpty()) {
      return false; // reported once, as the empty list
    }
    errors.error(path, "unknown " + kind + " '" + id + "' (expected one of: " + String.join(", ", known) + ")");
    return false;
  }

  private static <T> void unique(List<T> values, Function<T, String> id, String path, String field, String kind, ErrorSink errors) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String value = id.apply(values.get(i));
      Integer first = seen.putIfAbsent(value, i);
      if (first != null) {
        errors.error(path + "[" + i + "]" + field, "duplicate " + kind + " '" + value + "' (first at " + path + "[" + first + "])");
      }
    }
  }
}
