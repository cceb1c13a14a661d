/**
 * Checking the grading rules themselves, by their properties, exhaustively.
 *
 * <p>A {@link org.evidencegrading.properties.Property} is a name, a description and a check of one
 * case; a {@link org.evidencegrading.properties.Space} enumerates every case of a bounded space,
 * smallest first; the {@link org.evidencegrading.properties.PropertyValidator} checks every property
 * on every case and reports, per property, how many cases it checked and the smallest
 * counterexamples it found. Our inputs are small enumerations, so enumerating a bounded space
 * completely is both feasible and stronger than sampling it.
 */
@ValueStyle
package org.evidencegrading.properties;

import org.evidencegrading.model.ValueStyle;
