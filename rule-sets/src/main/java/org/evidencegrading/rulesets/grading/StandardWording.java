package org.evidencegrading.rulesets.grading;

import java.util.Locale;
import java.util.regex.Pattern;
import org.evidencegrading.rulesets.definition.Grade;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;

/**
 * Whether a statement uses its grade's standard wording: at least one of the grade's {@code
 * wording} phrases, matched whole and ignoring case (a typographic apostrophe matches a straight
 * one). A grade without wording has none to check. Only the grade's own wording is required; other
 * grades' words may appear too.
 */
public final class StandardWording implements Rule<GradedStatement, Boolean> {

  private final RuleSet rules;

  /** The wording rule of a rule set. */
  public StandardWording(RuleSet rules) {
    this.rules = rules;
  }

  @Override
  public String id() {
    return Prefixes.of(rules) + ".standard-wording";
  }

  @Override
  public String source() {
    return rules.title() + ": the standard wording of each grade";
  }

  @Override
  public Derivation<Boolean> apply(GradedStatement statement) {
    Grade grade = rules.grade(statement.grade()).orElseThrow();
    String text = normalized(statement.text());
    boolean uses = grade.wording().isEmpty() || grade.wording().stream()
        .anyMatch(phrase -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(normalized(phrase)) + "(?![\\p{L}\\p{N}])")
            .matcher(text).find());
    String words = String.join("\" or \"", grade.wording());
    return Derivation.of(uses, step()
        .putInputs("grade", grade.id())
        .outcome(uses ? "standard wording" : "wording missing")
        .reason(grade.wording().isEmpty()
            ? "grade " + grade.name() + " has no standard wording"
            : "a grade " + grade.name() + " statement says \"" + words + "\"" + (uses ? "; this one does" : "; this one does not"))
        .build());
  }

  private static String normalized(String text) {
    return text.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }
}
