/**
 * Levels of evidence: the NASS levels-of-evidence table as a classifier of potential levels ({@link
 * org.evidencegrading.nass.levels.LevelsOfEvidenceTable}), downgrading ({@link
 * org.evidencegrading.nass.levels.Downgrading}), and the levels of one appraisal ({@link
 * org.evidencegrading.nass.levels.AppraisalLevels}). The table, the downgrade steps and the floors
 * are the NASS 2024 rule set's ({@link org.evidencegrading.nass.model.NassRuleSet}).
 */
@ValueStyle
package org.evidencegrading.nass.levels;

import org.evidencegrading.model.ValueStyle;
