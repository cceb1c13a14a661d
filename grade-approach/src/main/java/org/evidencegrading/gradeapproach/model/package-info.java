/**
 * The GRADE part of the guideline model: recommendations whose evidence is a list of outcomes, each
 * rated for the certainty of its body of evidence ({@link
 * org.evidencegrading.gradeapproach.model.Outcome}), with the panel's evidence-to-decision
 * judgments ({@link org.evidencegrading.gradeapproach.model.Decision}); or good practice statements
 * with their five criteria ({@link org.evidencegrading.gradeapproach.model.GoodPracticeCriteria});
 * and what the guideline published for each ({@link
 * org.evidencegrading.gradeapproach.model.GradeApproachPublished}).
 *
 * <p>The enumerations are the vocabulary of the file format; the rules that give them meaning are in
 * the {@code certainty}, {@code strength} and {@code symbols} packages.
 */
@ValueStyle
package org.evidencegrading.gradeapproach.model;

import org.evidencegrading.model.ValueStyle;
