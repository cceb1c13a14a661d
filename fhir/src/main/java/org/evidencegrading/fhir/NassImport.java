package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.evidencegrading.nass.model.Appraisal;

/** Reads a NASS recommendation back from the resources {@link NassResources} wrote. */
final class NassImport {

  private NassImport() {}

  /** Fills {@code recommendation} from its rating (entry {@code rating}) and appraisals (entries {@code evidence}). */
  static void recommendation(BundleReader reader, ObjectNode recommendation, int rating, List<Integer> evidence) {
    JsonNode items = reader.resource(rating).path("content");
    reader.publishedItem(items, Hl7Codes.STRENGTH_OF_RECOMMENDATION)
        .flatMap(item -> BundleReader.classifier(item, ProjectCodeSystem.NASS_GRADE))
        .ifPresent(grade -> recommendation.putObject("published").put("grade", grade));
    ArrayNode appraisals = recommendation.putArray("appraisals");
    for (int index : evidence) {
      appraisals.add(appraisal(reader, index));
    }
    reader.publishedItem(items, Field.CONSENSUS.asCode()).ifPresent(consensus -> {
      ArrayNode rounds = recommendation.putObject("consensus").putArray("rounds");
      for (JsonNode round : consensus.path("component")) {
        ArrayNode votes = rounds.addObject().putArray("votes");
        round.path("component").forEach(vote -> votes.add(vote.path("quantity").path("value").asInt()));
      }
    });
  }

  private static ObjectNode appraisal(BundleReader reader, int index) {
    JsonNode assessment = reader.resource(index);
    JsonNode items = assessment.path("content");
    JsonNode citation = reader.resolve(assessment.path("artifactReference"), "Citation", index);
    ObjectNode appraisal = Fhir.object().put("study", reader.identifier(citation, reader.entry(assessment.path("artifactReference"))));
    Sources.Collector sources = new Sources.Collector(Appraisal.class);
    classified(reader, items, Field.STUDY_TYPE, ProjectCodeSystem.NASS_STUDY_TYPE, appraisal, sources);
    classified(reader, items, Field.DESIGN, ProjectCodeSystem.NASS_DESIGN, appraisal, sources);
    classified(reader, items, Field.POTENTIAL_LEVEL, ProjectCodeSystem.NASS_LEVEL, appraisal, sources);
    reader.publishedItem(items, Field.DOWNGRADES.asCode()).ifPresent(item -> {
      ArrayNode downgrades = appraisal.putArray(Field.DOWNGRADES.code());
      item.path("classifier").forEach(reason ->
          BundleReader.code(reason, ProjectCodeSystem.NASS_DOWNGRADE_REASON).ifPresent(downgrades::add));
      sources.read(Field.DOWNGRADES.code(), item);
    });
    reader.publishedItem(items, Field.DOWNGRADE_STEPS.asCode()).ifPresent(item -> {
      appraisal.put(Field.DOWNGRADE_STEPS.code(), item.path("quantity").path("value").asInt());
      sources.read(Field.DOWNGRADE_STEPS.code(), item);
    });
    reader.publishedItem(items, Field.LEVEL.asCode()).ifPresent(item -> {
      BundleReader.classifier(item, ProjectCodeSystem.NASS_LEVEL).ifPresent(level -> appraisal.put("publishedLevel", level));
      sources.read("publishedLevel", item);
    });
    classified(reader, items, Field.FINDING, ProjectCodeSystem.NASS_FINDING, appraisal, sources);
    reader.publishedItem(items, Field.NOTE.asCode()).ifPresent(item -> appraisal.put(Field.NOTE.code(), item.path("summary").asText()));
    sources.readElsewhere(items);
    sources.writeTo(appraisal);
    return appraisal;
  }

  /** A field held as a classifier or rating of a project code system. */
  private static void classified(BundleReader reader, JsonNode items, Field field, ProjectCodeSystem system,
      ObjectNode appraisal, Sources.Collector sources) {
    reader.publishedItem(items, field.asCode()).ifPresent(item -> {
      BundleReader.classifier(item, system).ifPresent(code -> appraisal.put(field.code(), code));
      sources.read(field.code(), item);
    });
  }
}
