/**
 * Anticipated absolute effects for summary-of-findings tables: from an outcome's relative effect
 * (RR, OR, HR) and the risk with the comparator, the risk with the intervention and the risk
 * difference per 1000 with their 95% confidence intervals, as GRADEpro computes them ({@link
 * org.evidencegrading.gradeapproach.effects.AbsoluteEffects}); a risk difference shown per 1000 too;
 * mean differences shown as such.
 */
@ValueStyle
package org.evidencegrading.gradeapproach.effects;

import org.evidencegrading.model.ValueStyle;
