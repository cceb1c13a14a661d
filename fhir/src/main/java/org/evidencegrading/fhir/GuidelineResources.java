package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.evidencegrading.gradeapproach.GradeApproachSystem;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Recommendation;
import org.evidencegrading.model.Study;

/**
 * The resources of a guideline as a whole: its {@code Composition} (the Bundle's first entry: the
 * guideline, a section per question, a section of references), the publisher's {@code
 * Organization}, the checker's {@code Device}, and a {@code Citation} per study.
 */
final class GuidelineResources {

  private GuidelineResources() {}

  /**
   * The guideline's Composition: identifier the guideline id, category its grading system, date its
   * year (else the export's), title its title (else its id); one section per question, in file
   * order, whose entries are its recommendations' Compositions; then the bibliography.
   */
  static ObjectNode composition(Guideline guideline, Urls urls, Authors authors, String date) {
    ObjectNode composition = Fhir.object().put("resourceType", "Composition");
    String title = guideline.guideline().title().orElse(guideline.guideline().id());
    composition.set("text", Fhir.narrative(title));
    composition.putArray("identifier").add(Fhir.identifier(Urls.guidelineSystem(), guideline.guideline().id()));
    composition.put("status", "final");
    composition.set("type", Fhir.concept(Hl7Codes.GUIDELINE));
    String system = guideline.guideline().system();
    composition.putArray("category").add(system.equals(GradeApproachSystem.ID)
        ? Fhir.concept(ProjectCodeSystem.GRADING_SYSTEM.code(system), Hl7Codes.GRADE)
        : Fhir.concept(ProjectCodeSystem.GRADING_SYSTEM.code(system)));
    composition.put("date", date);
    composition.set("author", authors(urls, authors));
    composition.put("title", title);
    ArrayNode sections = composition.putArray("section");
    for (Question question : guideline.questions()) {
      sections.add(question(question, urls));
    }
    ObjectNode references = sections.addObject().put("title", "References");
    references.set("code", Fhir.concept(Hl7Codes.REFERENCES));
    references.set("text", Fhir.narrative(guideline.studies().size() + " studies"));
    ArrayNode entries = references.putArray("entry");
    for (Study study : guideline.studies()) {
      entries.add(Fhir.reference(urls.study(study.id()), "Citation"));
    }
    return composition;
  }

  /** The authors of every Composition: the publisher where named, and the checker that wrote it. */
  static ArrayNode authors(Urls urls, Authors authors) {
    ArrayNode list = Fhir.array();
    authors.publisher().ifPresent(name -> list.add(Fhir.reference(urls.publisher(), "Organization")));
    list.add(Fhir.reference(urls.checker(), "Device"));
    return list;
  }

  /**
   * A question as a section: its id the section's element id, its text the title, its other fields
   * sub-sections whose narrative holds them; its recommendations' Compositions the entries.
   */
  private static ObjectNode question(Question question, Urls urls) {
    // An element id may hold any string without spaces: encoded as in a URL, "q 1" is "q+1".
    ObjectNode section = Fhir.object().put("id", URLEncoder.encode(question.id(), StandardCharsets.UTF_8));
    question.text().ifPresent(text -> section.put("title", text));
    section.set("code", Fhir.concept(Field.QUESTION.asCode()));
    section.set("text", Fhir.narrative(question.text().orElse("Question " + question.id())));
    ArrayNode entries = Fhir.array();
    for (Recommendation recommendation : question.recommendations()) {
      entries.add(Fhir.reference(urls.recommendation(recommendation.id()), "Composition"));
    }
    if (!entries.isEmpty()) {
      section.set("entry", entries);
    }
    ArrayNode parts = Fhir.array();
    part(parts, Field.SECTION, question.section());
    part(parts, Field.NOTE, question.note());
    part(parts, Field.POPULATION, question.population());
    part(parts, Field.INTERVENTION, question.intervention());
    part(parts, Field.COMPARISON, question.comparison());
    if (!parts.isEmpty()) {
      section.set("section", parts);
    }
    return section;
  }

  private static void part(ArrayNode parts, Field field, Optional<String> value) {
    value.ifPresent(text -> {
      ObjectNode part = parts.addObject().put("title", field.display());
      part.set("code", Fhir.concept(field.asCode()));
      part.set("text", Fhir.narrative(text));
    });
  }

  static ObjectNode organization(String name) {
    ObjectNode organization = Fhir.object().put("resourceType", "Organization");
    organization.set("text", Fhir.narrative(name));
    return organization.put("name", name);
  }

  static ObjectNode checker() {
    ObjectNode device = Fhir.object().put("resourceType", "Device");
    device.set("text", Fhir.narrative(Authors.CHECKER + ": derives grades, certainty and strength from a guideline's own"
        + " inputs and compares them with what it published"));
    return device.put("displayName", Authors.CHECKER);
  }

  /** A study as a Citation: its id an identifier, its citation the summary, its DOI the cited artifact's. */
  static ObjectNode citation(Study study, Urls urls) {
    ObjectNode citation = Fhir.object().put("resourceType", "Citation");
    citation.set("text", Fhir.narrative(study.citation().orElse(study.id())));
    citation.putArray("identifier").add(Fhir.identifier(urls.identifierSystem("study"), study.id()));
    citation.put("status", "active");
    study.citation().ifPresent(text -> citation.putArray("summary").addObject().put("text", text));
    study.doi().ifPresent(doi -> citation.putObject("citedArtifact").putArray("identifier")
        .add(Fhir.identifier(Hl7Codes.DOI, doi)));
    return citation;
  }
}
