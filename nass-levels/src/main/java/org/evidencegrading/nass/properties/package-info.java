/**
 * The properties of the NASS grading rules, checked over every body of evidence up to a size
 * ({@link org.evidencegrading.nass.properties.BodiesOfEvidence}, {@link
 * org.evidencegrading.nass.properties.NassPropertySets}).
 */
package org.evidencegrading.nass.properties;
