/**
 * Checked guidelines as FHIR R5 document Bundles in the shapes of HL7's Evidence-Based Medicine
 * implementation guide, written and read with Jackson alone, and the project's own code systems for
 * what FHIR has no codes for (NASS levels and grades).
 */
module org.evidencegrading.fhir {
  requires transitive org.evidencegrading.core;
  requires org.evidencegrading.nass;
  requires org.evidencegrading.gradeapproach;

  exports org.evidencegrading.fhir;

  opens org.evidencegrading.fhir to com.fasterxml.jackson.databind;
}
