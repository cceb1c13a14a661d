/**
 * The certainty of evidence by GRADE: for one outcome, the starting level by study design ({@link
 * org.evidencegrading.gradeapproach.certainty.StartingCertainty}), rating down for the five domains
 * ({@link org.evidencegrading.gradeapproach.certainty.RatingDown}), rating up for the three factors,
 * counted or not at the panel's discretion where the evidence was also rated down, with an {@link
 * org.evidencegrading.gradeapproach.certainty.UpgradePolicy} choosing the default ({@link
 * org.evidencegrading.gradeapproach.certainty.RatingUp}), and the bounds of the scale ({@link
 * org.evidencegrading.gradeapproach.certainty.CertaintyBounds}), put together by {@link
 * org.evidencegrading.gradeapproach.certainty.OutcomeRating}; where three levels down departs from
 * guidance ({@link org.evidencegrading.gradeapproach.certainty.ThreeLevels}); across the outcomes of
 * a recommendation, the overall certainty ({@link
 * org.evidencegrading.gradeapproach.certainty.OverallCertainty}). Where guidance leaves discretion a
 * rule yields a {@link org.evidencegrading.gradeapproach.certainty.PermittedCertainty}, and {@link
 * org.evidencegrading.gradeapproach.certainty.CertaintyAgreement} says whether, and by which member,
 * a published certainty agrees.
 */
@ValueStyle
package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.model.ValueStyle;
