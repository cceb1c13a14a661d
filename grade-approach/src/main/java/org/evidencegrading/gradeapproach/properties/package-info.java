/**
 * The properties of the GRADE rules, each checked over every case of a bounded space: every
 * combination of judgments on one outcome ({@link
 * org.evidencegrading.gradeapproach.properties.OutcomeRatingProperties}), every profile of rated
 * outcomes up to a size ({@link org.evidencegrading.gradeapproach.properties.OverallCertaintyProperties}),
 * every set of evidence-to-decision judgments with every certainty ({@link
 * org.evidencegrading.gradeapproach.properties.EvidenceToDecisionProperties}), every verdict on the
 * good practice criteria ({@link org.evidencegrading.gradeapproach.properties.GoodPracticeProperties})
 * and every short printed ⊕ symbol ({@link
 * org.evidencegrading.gradeapproach.properties.CertaintySymbolProperties}); all of them together in
 * {@link org.evidencegrading.gradeapproach.properties.GradeRuleProperties}.
 */
package org.evidencegrading.gradeapproach.properties;
