/**
 * The NASS part of the guideline model: recommendations graded A, B, C or I from appraisals of the
 * studies cited for them (study type, design, potential level, downgrades, published level,
 * finding, indirectness, with the source's reasons and the encoder's inferences); compound
 * statements whose components each have their appraisals; consensus statements with their votes,
 * where published.
 */
@ValueStyle
package org.evidencegrading.nass.model;

import org.evidencegrading.model.ValueStyle;
