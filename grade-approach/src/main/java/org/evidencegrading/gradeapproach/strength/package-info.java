/**
 * From evidence to decision. The strength of a recommendation is the panel's judgment and is not
 * derived; what is checked: the direction from the balance of effects ({@link
 * org.evidencegrading.gradeapproach.strength.DirectionOfRecommendation}) against the published one
 * ({@link org.evidencegrading.gradeapproach.strength.DirectionCheck}); the patterns GRADE calls
 * discordant in a strong recommendation ({@link
 * org.evidencegrading.gradeapproach.strength.Discordance}); a declared paradigmatic situation against
 * its certainty pattern and direction ({@link
 * org.evidencegrading.gradeapproach.strength.ParadigmaticSituationCheck}); and the criteria of a good
 * practice statement ({@link org.evidencegrading.gradeapproach.strength.GoodPracticeStatement}).
 */
@ValueStyle
package org.evidencegrading.gradeapproach.strength;

import org.evidencegrading.model.ValueStyle;
