/**
 * The certainty of evidence by GRADE: for one outcome, the starting level by study design ({@link
 * org.evidencegrading.gradeapproach.certainty.StartingCertainty}), rating down for the five domains
 * ({@link org.evidencegrading.gradeapproach.certainty.RatingDown}), rating up for the three factors
 * under an {@link org.evidencegrading.gradeapproach.certainty.UpgradePolicy} ({@link
 * org.evidencegrading.gradeapproach.certainty.RatingUp}) and the bounds of the scale ({@link
 * org.evidencegrading.gradeapproach.certainty.CertaintyBounds}), put together by {@link
 * org.evidencegrading.gradeapproach.certainty.OutcomeRating}; across the outcomes of a
 * recommendation, the overall certainty ({@link
 * org.evidencegrading.gradeapproach.certainty.OverallCertainty}).
 */
@ValueStyle
package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.model.ValueStyle;
