package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.NassRuleSet;
import org.evidencegrading.rulesets.definition.Row;

/**
 * The rows of "Linking Levels of Evidence to Grades of Recommendation" (NASS guideline on
 * neoplastic vertebral fractures, 2024, p. 13), each as a rule over a consistent body of evidence:
 * the studies left after inconclusive findings are set aside and the {@link Consistency footnote}
 * is applied. The first row that holds, in the table's order, gives the grade.
 *
 * <p>The rows are the NASS 2024 rule set's {@code rows} ({@code nass-2024.yaml} in the rule-sets
 * module, read through {@link NassRuleSet}): each constant here names one by its id, and its grade,
 * its conditions (the counts of consistent studies of each level), the levels it counts, its words,
 * its place in the order of precedence and its citation are the file's, evaluated by the rule-sets
 * engine. A constant without its row in the file fails as the enumeration loads, a row without its
 * constant when it decides a grade.
 *
 * <p>Level V (expert opinion) counts with Level IV, as the table of grades for summaries of studies
 * says: "C: Poor quality evidence (Level IV or V studies)". The rows' words say so ("Level IV or V
 * studies"), so that a trace never calls a Level V study Level IV.
 */
public enum LinkingRow {

  /**
   * A, Recommended: "Two or more consistent Level I studies".
   */
  A_TWO_OR_MORE_LEVEL_I("nass.linking.a.two-level-i"),

  /**
   * B, Suggested: "One Level I study with additional supporting Level II or III studies".
   */
  B_LEVEL_I_WITH_II_OR_III("nass.linking.b.level-i-with-ii-iii"),

  /**
   * B, Suggested: "Two or more consistent Level II or III studies".
   */
  B_TWO_OR_MORE_II_OR_III("nass.linking.b.two-level-ii-iii"),

  /**
   * C, May be considered; is an option: "One Level I, II, III, or IV study with supporting Level IV
   * studies", Level V counted with IV.
   */
  C_ONE_STUDY_WITH_LEVEL_IV("nass.linking.c.one-with-level-iv"),

  /**
   * C, May be considered; is an option: "Two or more consistent Level IV studies", Level V counted
   * with IV.
   */
  C_TWO_OR_MORE_LEVEL_IV("nass.linking.c.two-level-iv"),

  /**
   * I, Insufficient evidence to make recommendation for or against: "A single level I, II, III, or IV
   * study without other supporting evidence".
   */
  I_SINGLE_STUDY("nass.linking.i.single-study"),

  /**
   * I: no study supports or opposes the statement (none was cited, or every finding was
   * inconclusive): insufficient evidence, "not allowing a recommendation for or against".
   */
  I_NO_CONSISTENT_EVIDENCE("nass.linking.i.no-evidence"),

  /**
   * I: "More than one study with inconsistent findings" (the row for inconsistent findings, which
   * {@link Consistency} and its footnote decide before the other rows apply).
   */
  I_INCONSISTENT_FINDINGS("nass.linking.i.inconsistent");

  private final String id;
  private final Row definition;
  private final String source;

  LinkingRow(String id) {
    this.id = id;
    this.definition = NassRuleSet.rules().rows().stream()
        .filter(row -> row.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the NASS 2024 rule set has no row '" + id + "'"));
    this.source = NassRuleSet.rules().citation(definition);
  }

  /** The row of this id. */
  public static LinkingRow of(String id) {
    for (LinkingRow row : values()) {
      if (row.id.equals(id)) {
        return row;
      }
    }
    throw new IllegalArgumentException("no NASS linking row '" + id + "'");
  }

  /** The rule set's row: its conditions, counted levels, words and citation. */
  public Row definition() {
    return definition;
  }

  /** The grade the row gives. */
  public Grade grade() {
    return Grade.valueOf(definition().grade().orElseThrow());
  }

  /** The row in words, as in the table, with Level V named where it counts with Level IV. */
  public String words() {
    return definition().words();
  }

  /** The row's stable rule id in traces, e.g. {@code nass.linking.b.two-level-ii-iii}. */
  public String id() {
    return id;
  }

  /** Where the row comes from: "NASS 2024, p. 13, Linking Levels of Evidence to Grades of Recommendation, B". */
  public String source() {
    return source;
  }

  /**
   * The studies this row counts among a consistent body: the Level I studies for A, the Level I to
   * III studies for B, every study for C and I (the row's {@code counts}).
   */
  public ImmutableList<Evidence> counted(List<Evidence> consistent) {
    return consistent.stream().filter(e -> definition.restsOn(e.level().name())).collect(ImmutableList.toImmutableList());
  }
}
