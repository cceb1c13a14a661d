package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.nass.NassSystem;

/**
 * Reads a document Bundle written by {@link FhirBundles} back into the guideline file format (as a
 * Jackson tree, which the guideline reader then binds and validates): the guideline from the first
 * Composition, the questions from its sections, the studies from its references, and each
 * recommendation through {@link NassImport} or {@link GradeImport}. Published values and the
 * guideline's judgments are read; what the checker derived (content authored by the {@code Device},
 * certainty rated by it) is left, since checking derives it again.
 */
final class BundleReader {

  private final String source;
  private final Map<String, Integer> entries = new HashMap<>();
  private final List<JsonNode> resources = new ArrayList<>();
  private final List<String> urls = new ArrayList<>();
  /** The ArtifactAssessments of each artifact, by the artifact's full URL. */
  private final Map<String, List<Integer>> assessments = new HashMap<>();

  private BundleReader(JsonNode bundle, String source) {
    this.source = source;
    if (!"Bundle".equals(bundle.path("resourceType").asText()) || !"document".equals(bundle.path("type").asText())) {
      throw fail("", "not a FHIR document Bundle (expected resourceType Bundle, type document)");
    }
    for (JsonNode entry : bundle.path("entry")) {
      JsonNode resource = entry.path("resource");
      if (resource.has("artifactReference")) {
        assessments.computeIfAbsent(resource.path("artifactReference").path("reference").asText(), url -> new ArrayList<>())
            .add(resources.size());
      }
      entries.put(entry.path("fullUrl").asText(), resources.size());
      urls.add(entry.path("fullUrl").asText());
      resources.add(resource);
    }
    if (resources.isEmpty() || !Hl7Codes.GUIDELINE.in(resources.get(0).path("type"))) {
      throw fail("entry[0].resource", "a guideline Bundle begins with the guideline's Composition (type Guideline)");
    }
  }

  /** The guideline file (as a tree) that {@code bundle} holds. */
  static ObjectNode read(JsonNode bundle, String source) {
    return new BundleReader(bundle, source).guideline();
  }

  private ObjectNode guideline() {
    JsonNode composition = resources.get(0);
    ObjectNode file = Fhir.object().put("format", Guideline.FORMAT);
    ObjectNode info = file.putObject("guideline");
    String id = identifier(composition, 0);
    info.put("id", id);
    String title = composition.path("title").asText();
    if (!title.equals(id)) {
      info.put("title", title);
    }
    for (JsonNode author : composition.path("author")) {
      if ("Organization".equals(author.path("type").asText())) {
        info.put("publisher", resolve(author, "Organization", 0).path("name").asText());
      }
    }
    String date = composition.path("date").asText();
    if (date.matches("[0-9]{4}")) {
      info.put("year", Integer.parseInt(date));
    }
    String system = code(composition.path("category").path(0), ProjectCodeSystem.GRADING_SYSTEM)
        .orElseThrow(() -> fail("entry[0].resource.category", "names no grading system of " + ProjectCodeSystem.GRADING_SYSTEM.url()));
    info.put("system", system);
    ArrayNode studies = file.putArray("studies");
    ArrayNode questions = file.putArray("questions");
    for (JsonNode section : composition.path("section")) {
      if (Hl7Codes.REFERENCES.in(section.path("code"))) {
        for (JsonNode reference : section.path("entry")) {
          resolve(reference, "Citation", 0);
          studies.add(study(entry(reference)));
        }
      } else if (Field.QUESTION.asCode().in(section.path("code"))) {
        questions.add(question(section, system));
      }
    }
    return file;
  }

  private ObjectNode question(JsonNode section, String system) {
    ObjectNode question = Fhir.object().put("id", URLDecoder.decode(section.path("id").asText(), StandardCharsets.UTF_8));
    if (section.hasNonNull("title")) {
      question.put("text", section.get("title").asText());
    }
    for (Field field : new Field[] {Field.SECTION, Field.NOTE, Field.POPULATION, Field.INTERVENTION, Field.COMPARISON}) {
      part(section, field).ifPresent(text -> question.put(field.code(), text));
    }
    ArrayNode recommendations = question.putArray("recommendations");
    for (JsonNode reference : section.path("entry")) {
      JsonNode composition = resolve(reference, "Composition", 0);
      recommendations.add(recommendation(composition, entry(reference), system));
    }
    return question;
  }

  private static Optional<String> part(JsonNode section, Field field) {
    for (JsonNode part : section.path("section")) {
      if (field.asCode().in(part.path("code"))) {
        return Optional.of(Fhir.narrativeText(part.path("text")));
      }
    }
    return Optional.empty();
  }

  private ObjectNode study(int index) {
    JsonNode citation = resources.get(index);
    ObjectNode study = Fhir.object().put("id", identifier(citation, index));
    JsonNode summary = citation.path("summary").path(0).path("text");
    if (!summary.isMissingNode()) {
      study.put("citation", summary.asText());
    }
    for (JsonNode identifier : citation.path("citedArtifact").path("identifier")) {
      if (Hl7Codes.DOI.equals(identifier.path("system").asText())) {
        study.put("doi", identifier.path("value").asText());
      }
    }
    return study;
  }

  private ObjectNode recommendation(JsonNode composition, int index, String system) {
    ObjectNode recommendation = Fhir.object().put("id", identifier(composition, index));
    recommendation.put("statement", composition.path("title").asText());
    List<Integer> evidence = new ArrayList<>();
    Optional<Integer> justification = Optional.empty();
    for (JsonNode section : composition.path("section")) {
      for (JsonNode reference : section.path("entry")) {
        resolve(reference, reference.path("type").asText(), index);
        if (Hl7Codes.EVIDENCE.in(section.path("code"))) {
          evidence.add(entry(reference));
        } else if (Hl7Codes.JUSTIFICATION.in(section.path("code"))) {
          justification = Optional.of(entry(reference));
        }
      }
    }
    int rating = justification.orElseThrow(() -> fail(path(index), "a recommendation's Composition has a justification section"));
    if (system.equals(NassSystem.ID)) {
      NassImport.recommendation(this, recommendation, rating, evidence);
    } else {
      GradeImport.recommendation(this, recommendation, rating, evidence);
    }
    return recommendation;
  }

  // ---- helpers for the system imports ------------------------------------------------------

  /** The resource of entry {@code index}. */
  JsonNode resource(int index) {
    return resources.get(index);
  }

  /** The entry a reference points to. */
  int entry(JsonNode reference) {
    Integer index = entries.get(reference.path("reference").asText());
    if (index == null) {
      throw fail("", "reference " + reference.path("reference").asText() + " is to no entry of the Bundle");
    }
    return index;
  }

  /** The resource a reference points to, of the type expected; {@code from} is the referring entry. */
  JsonNode resolve(JsonNode reference, String type, int from) {
    Integer index = entries.get(reference.path("reference").asText());
    if (index == null || !type.equals(resources.get(index).path("resourceType").asText())) {
      throw fail(path(from), "reference " + reference.path("reference").asText() + " is to no " + type + " of the Bundle");
    }
    return resources.get(index);
  }

  /** The entries whose ArtifactAssessment is of the resource of entry {@code index}. */
  List<Integer> assessmentsOf(int index) {
    return assessments.getOrDefault(urls.get(index), List.of());
  }

  /** Whether an ArtifactAssessment content item was derived by the checker (its author is the Device). */
  boolean derived(JsonNode item) {
    Integer author = entries.get(item.path("author").path("reference").asText());
    return author != null && "Device".equals(resources.get(author).path("resourceType").asText());
  }

  /** The published (not derived) content items of an ArtifactAssessment, of one type. */
  List<JsonNode> published(JsonNode items, Code type) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode item : items) {
      if (type.in(item.path("type")) && !derived(item)) {
        found.add(item);
      }
    }
    return found;
  }

  /** The one published content item of a type, if any. */
  Optional<JsonNode> publishedItem(JsonNode items, Code type) {
    return published(items, type).stream().findFirst();
  }

  /** The value of an identifier of the project's (the first one whose system is the project's). */
  String identifier(JsonNode resource, int index) {
    for (JsonNode identifier : resource.path("identifier")) {
      if (identifier.path("system").asText().startsWith(Urls.guidelineSystem())) {
        return identifier.path("value").asText();
      }
    }
    throw fail(path(index), "has no identifier of " + Urls.guidelineSystem());
  }

  /** The code of a code system of the project in a CodeableConcept. */
  static Optional<String> code(JsonNode concept, ProjectCodeSystem system) {
    for (JsonNode coding : concept.path("coding")) {
      if (system.url().equals(coding.path("system").asText())) {
        return Optional.of(coding.path("code").asText());
      }
    }
    return Optional.empty();
  }

  /** The code of a code system of the project in an item's first classifier. */
  static Optional<String> classifier(JsonNode item, ProjectCodeSystem system) {
    return code(item.path("classifier").path(0), system);
  }

  static String path(int index) {
    return "entry[" + index + "].resource";
  }

  InvalidGuidelineException fail(String path, String message) {
    return InvalidGuidelineException.of(InputError.builder().file(source).path(path).message(message).build());
  }
}
