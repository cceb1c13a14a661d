/**
 * What checking a NASS recommendation finds ({@link org.evidencegrading.nass.result.NassAssessment}:
 * the derived grade, each appraisal's levels, each component's grade, the consensus votes), as the
 * JSON report shows it, and how the text and Markdown reports present it ({@link
 * org.evidencegrading.nass.result.NassRenderer}).
 */
@ValueStyle
package org.evidencegrading.nass.result;

import org.evidencegrading.model.ValueStyle;
