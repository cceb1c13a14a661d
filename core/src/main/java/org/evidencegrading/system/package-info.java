/**
 * The plug-in point of grading systems. A grading system (NASS, GRADE, ...) implements {@link
 * org.evidencegrading.system.GradingSystem}; a {@link org.evidencegrading.system.GradingSystems}
 * registry holds the instances a reader and a checker use, found by the id a guideline file names.
 * The system supplies its recommendation type (what the file's recommendations bind to), its
 * semantic validation, and the {@link org.evidencegrading.system.Assessment assessment} of one
 * recommendation (derive, compare with what was published, report problems, say what to show);
 * the core builds the result, the report and the counts from it.
 */
@ValueStyle
package org.evidencegrading.system;

import org.evidencegrading.model.ValueStyle;
