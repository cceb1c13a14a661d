/**
 * Reading and writing guideline files (YAML or JSON, format {@code evidence-grading/1}).
 *
 * <p>{@link org.evidencegrading.io.GuidelineReader} reads and validates a file; whatever is wrong
 * with it is reported as one {@link org.evidencegrading.io.InvalidGuidelineException} that lists
 * every {@link org.evidencegrading.io.InputError} found (file, line, column, field path, message),
 * never as a raw parser exception. {@link org.evidencegrading.io.Mappers} builds every Jackson
 * {@code ObjectMapper} of the project, with the resource limits of {@link
 * org.evidencegrading.io.ReadLimits} set on purpose.
 */
@ValueStyle
package org.evidencegrading.io;

import org.evidencegrading.model.ValueStyle;
