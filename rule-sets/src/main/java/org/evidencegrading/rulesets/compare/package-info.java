/**
 * The same evidence graded under two or more rule sets, side by side: {@link
 * org.evidencegrading.rulesets.compare.Comparison} maps each recommendation's appraisals onto each
 * rule set (by study type and design through the set's own table, or with the printed levels of a
 * guideline graded by that set), grades them, and says where and why the grades differ; {@link
 * org.evidencegrading.rulesets.compare.ComparisonWriter} writes the result as text or Markdown.
 */
@ValueStyle
package org.evidencegrading.rulesets.compare;

import org.evidencegrading.model.ValueStyle;
