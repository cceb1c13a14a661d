/**
 * The guideline model, file reading and writing, derivation traces, problems, the grading-system
 * plug-in point, checking, report rendering and the property validator. Knows nothing about any
 * particular grading system: those are found with {@link java.util.ServiceLoader}.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations jar is an automatic module, needed to compile only
module org.evidencegrading.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires org.yaml.snakeyaml;
  requires static org.immutables.value.annotations;

  exports org.evidencegrading.check;
  exports org.evidencegrading.io;
  exports org.evidencegrading.model;
  exports org.evidencegrading.problem;
  exports org.evidencegrading.properties;
  exports org.evidencegrading.report;
  exports org.evidencegrading.system;
  exports org.evidencegrading.trace;

  // Jackson binds and writes the values of these packages by reflection.
  opens org.evidencegrading.check to com.fasterxml.jackson.databind;
  opens org.evidencegrading.io to com.fasterxml.jackson.databind;
  opens org.evidencegrading.model to com.fasterxml.jackson.databind;
  opens org.evidencegrading.problem to com.fasterxml.jackson.databind;
  opens org.evidencegrading.properties to com.fasterxml.jackson.databind;
  opens org.evidencegrading.report to com.fasterxml.jackson.databind;
  opens org.evidencegrading.system to com.fasterxml.jackson.databind;
  opens org.evidencegrading.trace to com.fasterxml.jackson.databind;

  uses org.evidencegrading.system.GradingSystem;
}
