/** A user's module: it requires the grading systems it uses; core comes with them. */
module org.evidencegrading.consumer {
  requires org.evidencegrading.nass;
  requires org.evidencegrading.gradeapproach;
  requires org.evidencegrading.rulesets;
}
