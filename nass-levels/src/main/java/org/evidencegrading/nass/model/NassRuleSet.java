package org.evidencegrading.nass.model;

import org.evidencegrading.rulesets.RuleSets;
import org.evidencegrading.rulesets.definition.RuleSet;

/**
 * The NASS 2024 rule set, {@code nass-2024.yaml} of the rule-sets module: the built-in NASS
 * system's levels-of-evidence table (study type x design to potential level), its downgrade steps
 * and floors, and the rows of "Linking Levels of Evidence to Grades of Recommendation" with their
 * consistency policy, each part citing its place in the source. The NASS rules ({@code
 * nass.levels.LevelsOfEvidenceTable}, {@code nass.levels.Downgrading}, {@code nass.grades.Consistency},
 * {@code nass.grades.LinkingRow}, {@code nass.grades.GradeOfRecommendation}) hold no table of their
 * own: they read this one, and the rule-sets engine evaluates it, so the table exists once, as data.
 */
public final class NassRuleSet {

  /** The shipped rule set's name, as {@code --rules} takes it. */
  public static final String NAME = "nass-2024";

  private static final RuleSet RULES = RuleSets.shipped(NAME);

  private NassRuleSet() {}

  /** The NASS 2024 rule set, read once. */
  public static RuleSet rules() {
    return RULES;
  }
}
