/**
 * The GRADE approach as a grading system of the core ({@code system: GRADE}): {@link
 * org.evidencegrading.gradeapproach.GradeApproachSystem} derives the certainty of each outcome and the overall
 * certainty of each recommendation, its strength and direction from the evidence-to-decision
 * judgments, or checks a good practice statement's criteria, and compares all that, and the printed
 * symbols, with what the guideline published; {@link org.evidencegrading.gradeapproach.GradeApproachProblems}
 * lists the problems it reports.
 */
package org.evidencegrading.gradeapproach;
