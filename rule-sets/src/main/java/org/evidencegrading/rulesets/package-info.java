/**
 * Grading systems defined by rule-set files: {@link org.evidencegrading.rulesets.RuleSets} reads
 * them (and the shipped ones), {@link org.evidencegrading.rulesets.RuleSetSystem} grades guidelines
 * with one, {@link org.evidencegrading.rulesets.RuleSetProblems} are what it reports.
 */
package org.evidencegrading.rulesets;
