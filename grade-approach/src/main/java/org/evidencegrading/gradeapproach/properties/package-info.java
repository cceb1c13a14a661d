/**
 * The properties of the GRADE rules, each checked over every case of a bounded space: every
 * combination of judgments on one outcome ({@link
 * org.evidencegrading.gradeapproach.properties.OutcomeRatingPropertySet}), every profile of rated
 * outcomes up to a size ({@link org.evidencegrading.gradeapproach.properties.OverallCertaintyPropertySet}),
 * every set of evidence-to-decision judgments with every certainty ({@link
 * org.evidencegrading.gradeapproach.properties.EvidenceToDecisionPropertySet}), every verdict on the
 * good practice criteria ({@link org.evidencegrading.gradeapproach.properties.GoodPracticePropertySet})
 * and every short printed ⊕ symbol ({@link
 * org.evidencegrading.gradeapproach.properties.CertaintySymbolPropertySet}); all of them together in
 * {@link org.evidencegrading.gradeapproach.properties.GradeApproachPropertySets}.
 */
package org.evidencegrading.gradeapproach.properties;
