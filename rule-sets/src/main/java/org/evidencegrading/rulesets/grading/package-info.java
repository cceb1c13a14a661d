/**
 * Grading with a rule set: an appraisal's levels ({@link
 * org.evidencegrading.rulesets.grading.AppraisalLevels}: the potential level from the rule set's
 * table or as stated, downgraded within the floors), the grade a body of evidence gets ({@link
 * org.evidencegrading.rulesets.grading.GradeOfEvidence}: the consistency policy, the first row that
 * holds, the rows that call for judgment, the indirectness policy) and the standard wording of
 * statements ({@link org.evidencegrading.rulesets.grading.StandardWording}). Every rule takes its
 * data from the rule set and names the part of it, and its source, in each step.
 */
@ValueStyle
package org.evidencegrading.rulesets.grading;

import org.evidencegrading.model.ValueStyle;
