/**
 * What a rule-set grading system finds for a recommendation ({@link
 * org.evidencegrading.rulesets.result.RuleSetAssessment}, with one {@link
 * org.evidencegrading.rulesets.result.AppraisalResult} per appraisal), as the JSON report shows it,
 * and what the text and Markdown reports show of it.
 */
@ValueStyle
package org.evidencegrading.rulesets.result;

import org.evidencegrading.model.ValueStyle;
