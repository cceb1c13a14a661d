/**
 * The evidence-grading command-line tool ({@code check}, {@code properties}, {@code generate}) and
 * the synthetic guideline generator.
 */
module org.evidencegrading.cli {
  requires transitive org.evidencegrading.core;
  requires org.evidencegrading.gradeapproach;
  requires org.evidencegrading.nass;
  requires org.evidencegrading.fhir;
  requires org.evidencegrading.rulesets;
  requires info.picocli;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires jdk.net; // the background JVM asks who its client is (SO_PEERCRED)

  exports org.evidencegrading.cli;
  exports org.evidencegrading.cli.generate;

  // picocli reads the commands' annotations and sets their options by reflection.
  opens org.evidencegrading.cli to info.picocli;
}
