/**
 * The problems a check finds in a guideline: a {@link org.evidencegrading.problem.ProblemCode code}
 * (each grading system declares its own) with its {@link org.evidencegrading.problem.Severity
 * severity}, where it was found, and a message.
 */
@ValueStyle
package org.evidencegrading.problem;

import org.evidencegrading.model.ValueStyle;
