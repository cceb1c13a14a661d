/**
 * The plug-in point of grading systems. A grading system (NASS, GRADE, ...) implements {@link
 * org.evidencegrading.system.GradingSystem} and registers it as a {@link java.util.ServiceLoader}
 * service; {@link org.evidencegrading.system.GradingSystems} finds it by the id a guideline file
 * names. The system supplies its recommendation type (what the file's recommendations bind to), its
 * semantic validation, the check of one recommendation (derive, compare with what was published,
 * report problems), and how its results are presented.
 */
@ValueStyle
package org.evidencegrading.system;

import org.evidencegrading.model.ValueStyle;
