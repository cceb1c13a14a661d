/**
 * Checking a guideline against itself: {@link org.evidencegrading.check.Checker} has the
 * guideline's grading system derive every recommendation's grade (or certainty and strength) with
 * its trace, compare it with what the guideline published, and collect the problems into a {@link
 * org.evidencegrading.check.CheckReport}.
 */
@ValueStyle
package org.evidencegrading.check;

import org.evidencegrading.model.ValueStyle;
