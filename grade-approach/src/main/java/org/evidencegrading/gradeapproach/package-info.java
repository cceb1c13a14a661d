/**
 * The GRADE approach as a grading system of the core ({@code system: GRADE}): {@link
 * org.evidencegrading.gradeapproach.GradeApproachSystem} derives the certainty of each outcome and the
 * overall certainty of each recommendation as the certainties GRADE's guidance permits with their
 * default, the direction from the balance of effects, or checks a good practice statement's criteria;
 * it compares all that, and the printed symbols, with what the guideline published, and weighs a
 * published strength against GRADE's guidance (the strength is the panel's judgment and is not
 * derived); {@link org.evidencegrading.gradeapproach.GradeApproachProblems} lists the problems it
 * reports.
 */
package org.evidencegrading.gradeapproach;
