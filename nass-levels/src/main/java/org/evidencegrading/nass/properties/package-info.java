/**
 * The properties of the NASS grading rules, each checked over every case of a bounded space: every
 * body of evidence up to a size ({@link org.evidencegrading.nass.properties.BodiesOfEvidence}), every
 * compound statement's component grades up to a size ({@link
 * org.evidencegrading.nass.properties.ComponentGrades}) and every grade under discretion ({@link
 * org.evidencegrading.nass.properties.NassPropertySets}); the rules under test are a {@link
 * org.evidencegrading.nass.properties.NassRules} bundle, so that a test can show a wrong one is caught.
 */
@ValueStyle
package org.evidencegrading.nass.properties;

import org.evidencegrading.model.ValueStyle;
