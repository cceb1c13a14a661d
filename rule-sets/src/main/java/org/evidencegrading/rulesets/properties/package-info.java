/**
 * What a rule designer needs to know about a rule set, checked over every body of evidence up to a
 * size ({@link org.evidencegrading.rulesets.properties.BodiesOfEvidence}): bodies no row grades
 * (gaps), rows that hold for no body (unreachable) or never decide one (shadowed by earlier rows),
 * grades no body gets, steps that are not monotonic (adding a supporting study lowers the grade),
 * and order dependence (a later row that also holds would give a stronger grade), each with its
 * smallest counterexample ({@link org.evidencegrading.rulesets.properties.RuleSetPropertySets}).
 */
package org.evidencegrading.rulesets.properties;
