package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.evidencegrading.gradeapproach.GradeApproachSystem;
import org.evidencegrading.gradeapproach.model.Equity;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriterion;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.nass.NassSystem;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.DowngradeReason;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.StudyType;

/**
 * The project's own FHIR code systems, for what HL7's terminologies and the EBM implementation guide
 * have no codes for: NASS levels and grades (FHIR has none), the values of the file format's other
 * enumerations (each code is the value as the file writes it), the grading systems, and the file's
 * fields. Their canonical URLs are {@code https://evidence-grading.org/fhir/CodeSystem/<id>}; {@link
 * #resource()} is the {@code CodeSystem} resource to load into a terminology server or validator.
 */
public enum ProjectCodeSystem {
  /** NASS levels of evidence, I to V. */
  NASS_LEVEL("nass-level", "NassLevelOfEvidence", "NASS levels of evidence",
      "The North American Spine Society's levels of evidence, from Level I (high quality randomized controlled trial) to"
          + " Level V (expert consensus).",
      () -> concepts(Level.values(), Level::label, level -> Optional.empty())),
  /** NASS grades of recommendation A, B, C, I and the work group consensus statement. */
  NASS_GRADE("nass-grade", "NassGradeOfRecommendation", "NASS grades of recommendation",
      "The North American Spine Society's grades of recommendation, and its work group consensus statement.",
      () -> concepts(Grade.values(), grade -> grade == Grade.CONSENSUS ? "Consensus statement" : "Grade " + grade.name(),
          grade -> Optional.of(switch (grade) {
            case A -> "Good evidence (Level I studies with consistent findings) for or against recommending intervention.";
            case B -> "Fair evidence (Level II or III studies with consistent findings) for or against recommending intervention.";
            case C -> "Poor quality evidence (Level IV or V studies) for or against recommending intervention.";
            case I -> "Insufficient or conflicting evidence not allowing a recommendation for or against intervention.";
            case CONSENSUS -> "A work group consensus statement, made where Level I-IV evidence is insufficient.";
          }))),
  /** NASS study types: the columns of the levels-of-evidence table. */
  NASS_STUDY_TYPE("nass-study-type", "NassStudyType", "NASS study types",
      "The four columns of the NASS levels-of-evidence table.", () -> concepts(StudyType.values())),
  /** NASS designs, as guidelines name them. */
  NASS_DESIGN("nass-design", "NassDesign", "NASS study designs", "A study's design as a NASS guideline names it.",
      () -> concepts(Design.values())),
  /** NASS reasons for downgrading a study. */
  NASS_DOWNGRADE_REASON("nass-downgrade-reason", "NassDowngradeReason", "NASS downgrade reasons",
      "Why a NASS work group downgraded a study from its potential level.", () -> concepts(DowngradeReason.values())),
  /** What a study found, relative to a NASS statement. */
  NASS_FINDING("nass-finding", "NassFinding", "NASS findings",
      "What a study found, relative to the statement of the recommendation it is appraised for.",
      () -> concepts(Finding.values())),
  /** Which alternative a GRADE outcome's effect favors. */
  GRADE_FAVORS("grade-favors", "GradeFavors", "GRADE effect directions", "Which alternative an outcome's effect favors.",
      () -> concepts(Favors.values())),
  /** The evidence-to-decision judgments of the impact on health equity, which the IG has no codes for. */
  GRADE_EQUITY("grade-equity", "GradeEquity", "GRADE judgments of health equity",
      "The response options of the evidence-to-decision criterion \"What would be the impact on health equity?\"",
      () -> concepts(Equity.values())),
  /** The paradigmatic situations of GRADE guidance for strong recommendations on low certainty. */
  GRADE_PARADIGMATIC_SITUATION("grade-paradigmatic-situation", "GradeParadigmaticSituation",
      "GRADE paradigmatic situations",
      "The situations in which GRADE holds a strong recommendation appropriate although the certainty of the evidence is"
          + " low or very low (GRADE guidelines 15, J Clin Epidemiol 2013), or none.",
      () -> concepts(ParadigmaticSituation.values())),
  /** The grading systems of the file's {@code guideline.system}. */
  GRADING_SYSTEM("grading-system", "EvidenceGradingSystem", "Grading systems",
      "The grading system that grades a guideline file.",
      () -> ImmutableList.of(
          new Concept(NassSystem.ID, "NASS levels of evidence and grades of recommendation", Optional.empty()),
          new Concept(GradeApproachSystem.ID, "The GRADE approach", Optional.empty()))),
  /** The file's fields that HL7's terminologies do not name (see the README's mapping table). */
  FIELD("field", "EvidenceGradingField", "Guideline file fields",
      "Fields of the evidence-grading guideline file format that HL7 terminologies and the EBM implementation guide do not"
          + " name; each code is the field's name in the file.",
      () -> Stream.concat(
              Arrays.stream(Field.values()).map(field -> new Concept(field.code(), field.display(), Optional.of(field.definition()))),
              Arrays.stream(GoodPracticeCriterion.values())
                  .map(criterion -> new Concept(criterion.field(), criterion.words(), Optional.empty())))
          .collect(ImmutableList.toImmutableList()));

  /** The base of the project's canonical URLs. */
  public static final String BASE = "https://evidence-grading.org/fhir";

  private final String id;
  private final String name;
  private final String title;
  private final String description;
  private final Supplier<ImmutableList<Concept>> concepts;

  ProjectCodeSystem(String id, String name, String title, String description, Supplier<ImmutableList<Concept>> concepts) {
    this.id = id;
    this.name = name;
    this.title = title;
    this.description = description;
    this.concepts = Suppliers.memoize(concepts::get);
  }

  /** The code system's canonical URL, e.g. {@code https://evidence-grading.org/fhir/CodeSystem/nass-level}. */
  public String url() {
    return BASE + "/CodeSystem/" + id;
  }

  /** The {@code CodeSystem} resource (FHIR R5 JSON). */
  public ObjectNode resource() {
    ObjectNode resource = Fhir.object().put("resourceType", "CodeSystem").put("id", id);
    resource.set("text", Fhir.narrative(title + ": " + description));
    resource.put("url", url())
        .put("version", "1")
        .put("name", name)
        .put("title", title)
        .put("status", "active")
        .put("experimental", false)
        .put("publisher", "evidence-grading")
        .put("description", description)
        .put("caseSensitive", true)
        .put("content", "complete");
    ImmutableList<Concept> all = concepts.get();
    resource.put("count", all.size());
    ArrayNode list = resource.putArray("concept");
    for (Concept concept : all) {
      ObjectNode node = list.addObject().put("code", concept.code()).put("display", concept.display());
      concept.definition().ifPresent(definition -> node.put("definition", definition));
    }
    return resource;
  }

  /** The code of a value of one of the file format's enumerations in this code system. */
  Code code(Enum<?> value) {
    return code(value.name());
  }

  /** The code {@code code} of this code system, with its display. */
  Code code(String code) {
    return concepts.get().stream()
        .filter(concept -> concept.code().equals(code))
        .findFirst()
        .map(concept -> new Code(url(), code, concept.display()))
        .orElseThrow(() -> new IllegalArgumentException(url() + " has no code " + code));
  }

  private record Concept(String code, String display, Optional<String> definition) {}

  private static <E extends Enum<E>> ImmutableList<Concept> concepts(E[] values) {
    return concepts(values, Words::of, value -> Optional.empty());
  }

  private static <E extends Enum<E>> ImmutableList<Concept> concepts(
      E[] values, Function<E, String> display, Function<E, Optional<String>> definition) {
    return Arrays.stream(values)
        .map(value -> new Concept(value.name(), display.apply(value), definition.apply(value)))
        .collect(ImmutableList.toImmutableList());
  }
}
