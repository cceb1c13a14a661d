/**
 * The North American Spine Society's levels of evidence and grades of recommendation, as a
 * grading system of the core module. The rules' property sets ({@code nass.properties}) are reached
 * through {@link org.evidencegrading.system.GradingSystem#properties}, not exported.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations jar is an automatic module, needed to compile only
module org.evidencegrading.nass {
  requires transitive org.evidencegrading.core;
  requires transitive org.evidencegrading.rulesets; // the NASS 2024 rule set is the system's table
  requires static org.immutables.value.annotations;

  exports org.evidencegrading.nass;
  exports org.evidencegrading.nass.consensus;
  exports org.evidencegrading.nass.grades;
  exports org.evidencegrading.nass.levels;
  exports org.evidencegrading.nass.model;
  exports org.evidencegrading.nass.result;
  exports org.evidencegrading.nass.wording;

  // Jackson binds and writes the values of these packages by reflection.
  opens org.evidencegrading.nass.grades to com.fasterxml.jackson.databind;
  opens org.evidencegrading.nass.levels to com.fasterxml.jackson.databind;
  opens org.evidencegrading.nass.model to com.fasterxml.jackson.databind;
  opens org.evidencegrading.nass.result to com.fasterxml.jackson.databind;

  provides org.evidencegrading.system.GradingSystem with org.evidencegrading.nass.NassSystem;
}
