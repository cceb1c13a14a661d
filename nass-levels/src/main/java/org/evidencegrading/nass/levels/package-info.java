/**
 * Levels of evidence: the NASS levels-of-evidence table as a classifier of potential levels ({@link
 * org.evidencegrading.nass.levels.LevelsOfEvidenceTable}), downgrading ({@link
 * org.evidencegrading.nass.levels.Downgrading}), and the levels of one appraisal ({@link
 * org.evidencegrading.nass.levels.AppraisalLevels}).
 */
@ValueStyle
package org.evidencegrading.nass.levels;

import org.evidencegrading.model.ValueStyle;
