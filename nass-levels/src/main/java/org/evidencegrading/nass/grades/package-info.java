/**
 * Grades of recommendation from levels of evidence: the table "Linking Levels of Evidence to Grades
 * of Recommendation" of the NASS guideline, one {@link org.evidencegrading.nass.grades.LinkingRow
 * row rule} per line (the rule that gives grade B is {@code LinkingRow.B_LEVEL_I_WITH_II_OR_III} or
 * {@code LinkingRow.B_TWO_OR_MORE_II_OR_III}), its footnote on a single outlying study ({@link
 * org.evidencegrading.nass.grades.Consistency}), and the evaluator that applies them to a body of
 * evidence ({@link org.evidencegrading.nass.grades.GradeOfRecommendation}). The rows and the
 * consistency policy are the NASS 2024 rule set's ({@link org.evidencegrading.nass.model.NassRuleSet}),
 * evaluated by the rule-sets engine; these rules explain its decisions in the table's words.
 */
@ValueStyle
package org.evidencegrading.nass.grades;

import org.evidencegrading.model.ValueStyle;
