/**
 * From evidence to decision: the direction of a recommendation from the balance of effects ({@link
 * org.evidencegrading.gradeapproach.strength.DirectionOfRecommendation}), its strength from the
 * balance, the overall certainty, the variability of values and a paradigmatic situation ({@link
 * org.evidencegrading.gradeapproach.strength.StrengthOfRecommendation}), both together ({@link
 * org.evidencegrading.gradeapproach.strength.EvidenceToDecision}); and the criteria of a good practice
 * statement ({@link org.evidencegrading.gradeapproach.strength.GoodPracticeStatement}).
 */
@ValueStyle
package org.evidencegrading.gradeapproach.strength;

import org.evidencegrading.model.ValueStyle;
