package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.List;

/** What every resource of one export shares: its entries' URLs, the authors, and the date of its Compositions. */
record Exporting(Urls urls, Authors authors, String date) {

  /**
   * A recommendation's entries: its Composition, the ArtifactAssessment of it holding its rating and
   * justification ({@code rating}, titled {@code title}), then its {@code evidence} (Evidence, or
   * appraisals).
   */
  ImmutableList<Entry> recommendation(String id, String statement, String title, List<ObjectNode> rating, List<Entry> evidence) {
    Entry justification = new Entry(urls.justification(id), Assessments.of(title, urls.recommendation(id), "Composition", rating));
    return ImmutableList.<Entry>builder()
        .add(composition(id, statement, evidence, justification))
        .add(justification)
        .addAll(evidence)
        .build();
  }

  /**
   * A recommendation's Composition: identifier its id, title its statement (also the statement
   * section's narrative); its evidence and justification as sections.
   */
  private Entry composition(String id, String statement, List<Entry> evidence, Entry justification) {
    ObjectNode composition = Fhir.object().put("resourceType", "Composition");
    composition.set("text", Fhir.narrative(statement));
    composition.putArray("identifier").add(Fhir.identifier(urls.identifierSystem("recommendation"), id));
    composition.put("status", "final");
    composition.set("type", Fhir.concept(Hl7Codes.RECOMMENDATION));
    composition.put("date", date);
    composition.set("author", GuidelineResources.authors(urls, authors));
    composition.put("title", statement);
    ArrayNode sections = composition.putArray("section");
    ObjectNode statementSection = sections.addObject().put("title", "Recommendation Statement");
    statementSection.set("code", Fhir.concept(Hl7Codes.RECOMMENDATION_STATEMENT));
    statementSection.set("text", Fhir.narrative(statement));
    if (!evidence.isEmpty()) {
      ObjectNode evidenceSection = sections.addObject().put("title", "Evidence");
      evidenceSection.set("code", Fhir.concept(Hl7Codes.EVIDENCE));
      ArrayNode entries = evidenceSection.putArray("entry");
      evidence.forEach(entry -> entries.add(entry.reference()));
    }
    ObjectNode justificationSection = sections.addObject().put("title", "Justification");
    justificationSection.set("code", Fhir.concept(Hl7Codes.JUSTIFICATION));
    justificationSection.putArray("entry").add(justification.reference());
    return new Entry(urls.recommendation(id), composition);
  }
}
