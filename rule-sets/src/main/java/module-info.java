/**
 * Level-to-grade grading systems as data: the rule-set file, the engine that grades with it, its
 * exhaustive validation and the comparison of two systems on the same evidence. The properties of
 * a rule set ({@code rulesets.properties}) are reached through {@link
 * org.evidencegrading.system.GradingSystem#properties}, not exported.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations jar is an automatic module, needed to compile only
module org.evidencegrading.rulesets {
  requires transitive org.evidencegrading.core;
  requires static org.immutables.value.annotations;

  exports org.evidencegrading.rulesets;
  exports org.evidencegrading.rulesets.compare;
  exports org.evidencegrading.rulesets.definition;
  exports org.evidencegrading.rulesets.grading;
  exports org.evidencegrading.rulesets.model;
  exports org.evidencegrading.rulesets.result;

  // Jackson binds and writes the values of these packages by reflection.
  opens org.evidencegrading.rulesets.compare to com.fasterxml.jackson.databind;
  opens org.evidencegrading.rulesets.definition to com.fasterxml.jackson.databind;
  opens org.evidencegrading.rulesets.grading to com.fasterxml.jackson.databind;
  opens org.evidencegrading.rulesets.model to com.fasterxml.jackson.databind;
  opens org.evidencegrading.rulesets.result to com.fasterxml.jackson.databind;
}
