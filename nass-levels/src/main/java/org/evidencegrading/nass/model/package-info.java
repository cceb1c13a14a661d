/**
 * The NASS part of the guideline model: recommendations graded A, B, C or I from appraisals of the
 * studies cited for them (study type, design, potential level, downgrades, published level,
 * finding), or consensus statements with their votes.
 */
@ValueStyle
package org.evidencegrading.nass.model;

import org.evidencegrading.model.ValueStyle;
