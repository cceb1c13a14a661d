/**
 * What checking a GRADE recommendation finds ({@link
 * org.evidencegrading.gradeapproach.result.GradeApproachAssessment}, with one {@link
 * org.evidencegrading.gradeapproach.result.OutcomeResult} per outcome), as the JSON report shows it,
 * and how the text and Markdown reports present it ({@link
 * org.evidencegrading.gradeapproach.result.GradeApproachRenderer}: headlines and a summary-of-findings style
 * evidence profile).
 */
@ValueStyle
package org.evidencegrading.gradeapproach.result;

import org.evidencegrading.model.ValueStyle;
