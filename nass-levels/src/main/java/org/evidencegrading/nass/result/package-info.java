/**
 * What the NASS system finds for a recommendation ({@link
 * org.evidencegrading.nass.result.NassAssessment}, with one {@link
 * org.evidencegrading.nass.result.AppraisalResult} per appraisal), as the JSON report shows it, and
 * what the text and Markdown reports show of it (its headlines and the table of appraisals).
 */
@ValueStyle
package org.evidencegrading.nass.result;

import org.evidencegrading.model.ValueStyle;
