package org.evidencegrading.fhir;

/**
 * The fields of the guideline file that neither HL7's terminologies nor the EBM implementation guide
 * name, as the codes of the project's code system {@link ProjectCodeSystem#FIELD}: the {@code type}
 * of the ArtifactAssessment content, or the {@code code} of the Composition section, that holds the
 * field. Each code is the field's name in the file, so the mapping reads back one to one. (The five
 * criteria of a good practice statement are codes of the same system, from {@code
 * GoodPracticeCriterion}.)
 */
enum Field {
  QUESTION("question", "Clinical question", "A clinical question of the guideline and the recommendations that answer it."),
  SECTION("section", "Section", "The part of the guideline a question belongs to."),
  NOTE("note", "Note", "Free text on a question or an appraisal."),
  POPULATION("population", "Population", "The population of a question (PICO)."),
  INTERVENTION("intervention", "Intervention", "The intervention of a question (PICO)."),
  COMPARISON("comparison", "Comparison", "The comparison of a question (PICO)."),
  STUDY_TYPE("studyType", "Study type", "NASS: the column of the levels-of-evidence table an appraised study belongs to."),
  DESIGN("design", "Design", "NASS: a study's design as the guideline names it."),
  POTENTIAL_LEVEL("potentialLevel", "Potential level", "NASS: the potential level of evidence the guideline states for a study."),
  DOWNGRADES("downgrades", "Downgrades", "NASS: the reasons the work group gave for downgrading a study."),
  DOWNGRADE_STEPS("downgradeSteps", "Downgrade steps", "NASS: how many levels a study was downgraded, where the guideline says."),
  LEVEL("level", "Level of evidence",
      "NASS: an appraised study's level of evidence, as the guideline printed it (its author is the publisher) or as the"
          + " evidence-grading checker derived it (its author is the checker)."),
  FINDING("finding", "Finding", "NASS: what a study found relative to the recommendation's statement."),
  CONSENSUS("consensus", "Consensus", "NASS: the votes on a consensus statement, or whether they reached consensus."),
  ROUND("round", "Voting round", "NASS: one round of consensus voting."),
  VOTE("vote", "Vote", "NASS: one vote of a round, 1 (extremely inappropriate) to 9 (extremely appropriate)."),
  IMPORTANCE("importance", "Importance", "GRADE: an outcome's importance for the decision, 1 to 9 (7-9 critical)."),
  FAVORS("favors", "Favors", "GRADE: which alternative an outcome's effect favors."),
  FOLLOW_UP("followUp", "Follow-up", "GRADE: an outcome's follow-up, as the source words it."),
  RESOURCES_CERTAINTY("resourcesCertainty", "Certainty of the evidence of resource requirements",
      "GRADE: the evidence-to-decision criterion \"What is the certainty of the evidence of resource requirements (costs)?\""),
  NO_EVIDENCE("noEvidence", "No evidence", "GRADE: a critical outcome the review found no evidence for."),
  SUFFICIENT_ALONE("sufficientAlone", "Sufficient alone",
      "GRADE: the panel judged this critical outcome by itself sufficient to recommend."),
  CERTAINTY_RANGE("certaintyRange", "Certainty range",
      "GRADE: a certainty published as a range of two levels (\"low to moderate\"), the lower first."),
  NO_RECOMMENDATION("noRecommendation", "No recommendation", "GRADE: the panel declined to recommend."),
  REASON("reason", "Reason",
      "The source's own reason for a field's value, or the encoder's inference of it, where the field has no element of its"
          + " own: the field's name is the first classifier's text."),
  PROVENANCE_ORDER("provenanceOrder", "Order of reasons and inferences",
      "The order in which the file lists a value's reasons (\"reason: FIELD\") and inferred fields (\"inferred: FIELD\"), one"
          + " classifier's text each."),
  PARADIGMATIC_SITUATION("paradigmaticSituation", "Paradigmatic situation",
      "GRADE: the paradigmatic situation a panel invokes for a strong recommendation on low certainty."),
  GOOD_PRACTICE("goodPractice", "Good practice criteria", "GRADE: the five criteria of a good practice statement."),
  GOOD_PRACTICE_STATEMENT("goodPracticeStatement", "Good practice statement",
      "GRADE: whether a statement is good practice, as published, or as derived (all five criteria met)."),
  CERTAINTY_SYMBOL("certaintySymbol", "Certainty symbol", "GRADE: the certainty as printed in ⊕ notation, exactly."),
  SYMBOL("symbol", "Recommendation symbol", "GRADE: the recommendation's symbol as printed (↑↑ ↑ ↓ ↓↓ √), exactly."),
  EXPLANATION("explanation", "Explanation", "How the evidence-grading checker derived its values, a line per step."),
  PROBLEM("problem", "Problem", "A problem the evidence-grading checker found: its severity and code, and what it found.");

  private final String code;
  private final String display;
  private final String definition;

  Field(String code, String display, String definition) {
    this.code = code;
    this.display = display;
    this.definition = definition;
  }

  /** The field's code: its name in the file. */
  String code() {
    return code;
  }

  String display() {
    return display;
  }

  String definition() {
    return definition;
  }

  /** The field as a code of {@link ProjectCodeSystem#FIELD}. */
  Code asCode() {
    return new Code(ProjectCodeSystem.FIELD.url(), code, display);
  }
}
