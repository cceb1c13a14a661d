/**
 * The guideline model shared by every grading system: a {@link org.evidencegrading.model.Guideline}
 * holds its bibliography ({@link org.evidencegrading.model.Study}) and its clinical questions
 * ({@link org.evidencegrading.model.Question}), each with the recommendations a grading system
 * defines (implementations of {@link org.evidencegrading.model.Recommendation}).
 *
 * <p>All types are immutable values with strict builders; see {@link org.evidencegrading.model.ValueStyle}.
 */
@ValueStyle
package org.evidencegrading.model;
