/**
 * What the GRADE system finds for a recommendation ({@link
 * org.evidencegrading.gradeapproach.result.GradeApproachAssessment}, with one {@link
 * org.evidencegrading.gradeapproach.result.OutcomeResult} per outcome), as the JSON report shows it,
 * and what the text and Markdown reports show of it (headlines and a summary-of-findings style
 * evidence profile).
 */
@ValueStyle
package org.evidencegrading.gradeapproach.result;

import org.evidencegrading.model.ValueStyle;
