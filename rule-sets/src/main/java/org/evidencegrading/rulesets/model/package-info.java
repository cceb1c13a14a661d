/**
 * The guideline model of a rule-set grading system ({@code system:} a rule set's id): a
 * recommendation's statement, its published grade, and the appraisals of the studies cited for it,
 * in the shape of NASS appraisals (study type, design, potential level, downgrades, published level,
 * finding) plus {@code indirect}. Levels, grades, study types and designs are the rule set's own
 * ids, checked against it when the file is read.
 */
@ValueStyle
package org.evidencegrading.rulesets.model;

import org.evidencegrading.model.ValueStyle;
