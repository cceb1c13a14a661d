/**
 * The rule-set file ({@code format: evidence-grading-rules/1}): a levels-and-grades grading system as
 * data. {@link org.evidencegrading.rulesets.definition.RuleSet} holds its levels (best first), the
 * study-type and design table of potential levels, the downgrade policy with its floors, the grades
 * (strongest first, with their standard wording), the linking rows in order of precedence, the
 * consistency and indirectness policies, and the sources every part cites. {@link
 * org.evidencegrading.rulesets.definition.RuleSetValidator} checks what the values' own invariants
 * cannot: references between the parts.
 */
@ValueStyle
package org.evidencegrading.rulesets.definition;

import org.evidencegrading.model.ValueStyle;
