/**
 * The GRADE approach (certainty of evidence, strength and direction of recommendations), as a
 * grading system of the core module. The rules' property sets ({@code gradeapproach.properties}) are
 * reached through {@link org.evidencegrading.system.GradingSystem#properties}, not exported.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations jar is an automatic module, needed to compile only
module org.evidencegrading.gradeapproach {
  requires transitive org.evidencegrading.core;
  requires static org.immutables.value.annotations;

  exports org.evidencegrading.gradeapproach;
  exports org.evidencegrading.gradeapproach.certainty;
  exports org.evidencegrading.gradeapproach.model;
  exports org.evidencegrading.gradeapproach.result;
  exports org.evidencegrading.gradeapproach.strength;
  exports org.evidencegrading.gradeapproach.symbols;

  // Jackson binds and writes the values of these packages by reflection.
  opens org.evidencegrading.gradeapproach.certainty to com.fasterxml.jackson.databind;
  opens org.evidencegrading.gradeapproach.model to com.fasterxml.jackson.databind;
  opens org.evidencegrading.gradeapproach.result to com.fasterxml.jackson.databind;
  opens org.evidencegrading.gradeapproach.strength to com.fasterxml.jackson.databind;

  provides org.evidencegrading.system.GradingSystem with org.evidencegrading.gradeapproach.GradeApproachSystem;
}
