package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.EffectMeasure;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriterion;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.LargeEffect;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.model.Direction;

/** Reads a GRADE recommendation back from the resources {@link GradeResources} wrote. */
final class GradeImport {

  private GradeImport() {}

  /** Fills {@code recommendation} from its rating (entry {@code rating}) and outcomes (entries {@code evidence}). */
  static void recommendation(BundleReader reader, ObjectNode recommendation, int rating, List<Integer> evidence) {
    JsonNode items = reader.resource(rating).path("content");
    ObjectNode published = Fhir.object();
    reader.publishedItem(items, Hl7Codes.DIRECTION_OF_RECOMMENDATION)
        .flatMap(item -> Hl7Codes.decode(item.path("classifier").path(0), Direction.values(), Hl7Codes::direction))
        .ifPresent(direction -> published.put("direction", direction.name()));
    reader.publishedItem(items, Hl7Codes.STRENGTH_OF_RECOMMENDATION)
        .flatMap(item -> Hl7Codes.decode(item.path("classifier").path(0), Strength.values(), Hl7Codes::strength))
        .ifPresent(strength -> published.put("strength", strength.name()));
    reader.publishedItem(items, Hl7Codes.CERTAINTY_OF_EVIDENCE)
        .flatMap(item -> Hl7Codes.decode(item.path("classifier").path(0), Certainty.values(), Hl7Codes::rating))
        .ifPresent(certainty -> published.put("certainty", certainty.name()));
    for (Field symbol : new Field[] {Field.CERTAINTY_SYMBOL, Field.SYMBOL}) {
      reader.publishedItem(items, symbol.asCode()).ifPresent(item -> published.put(symbol.code(), item.path("summary").asText()));
    }
    reader.publishedItem(items, Field.GOOD_PRACTICE_STATEMENT.asCode())
        .ifPresent(item -> published.put("goodPractice", Hl7Codes.YES.in(item.path("classifier").path(0))));
    reader.publishedItem(items, Field.CERTAINTY_RANGE.asCode()).ifPresent(item -> published.set("certaintyRange", range(item)));
    reader.publishedItem(items, Field.NO_RECOMMENDATION.asCode())
        .ifPresent(item -> published.put("noRecommendation", Hl7Codes.YES.in(item.path("classifier").path(0))));
    Sources.Collector sources = new Sources.Collector(GradeApproachPublished.class);
    sources.readElsewhere(items);
    sources.writeTo(published);
    if (!published.isEmpty()) {
      recommendation.set("published", published);
    }
    ArrayNode outcomes = recommendation.putArray("outcomes");
    for (int index : evidence) {
      if ("Evidence".equals(reader.resource(index).path("resourceType").asText())) {
        outcomes.add(outcome(reader, index));
      }
    }
    reader.publishedItem(items, Hl7Codes.JUDGMENTS).ifPresent(judgments -> recommendation.set("decision", decision(judgments)));
    reader.publishedItem(items, Field.GOOD_PRACTICE.asCode()).ifPresent(container -> {
      ObjectNode criteria = recommendation.putObject("goodPractice");
      Sources.Collector criteriaSources = new Sources.Collector(GoodPracticeCriteria.class);
      for (GoodPracticeCriterion criterion : GoodPracticeCriterion.values()) {
        for (JsonNode component : container.path("component")) {
          if (ProjectCodeSystem.FIELD.code(criterion.field()).in(component.path("type"))) {
            criteria.put(criterion.field(), Hl7Codes.YES.in(component.path("classifier").path(0)));
            criteriaSources.read(criterion.field(), component);
          }
        }
      }
      criteriaSources.readElsewhere(container.path("component"));
      criteriaSources.writeTo(criteria);
    });
  }

  /** The twelve fields of the evidence-to-decision block, with their reasons and inferences. */
  private static ObjectNode decision(JsonNode judgments) {
    ObjectNode decision = Fhir.object();
    Sources.Collector sources = new Sources.Collector(Decision.class);
    for (JsonNode component : judgments.path("component")) {
      for (EtdCriterion<?> criterion : EtdCriterion.ALL) {
        if (criterion.holds(component)) {
          criterion.option(component).ifPresent(option -> decision.put(criterion.field(), option));
          sources.read(criterion.field(), component);
        }
      }
    }
    sources.readElsewhere(judgments.path("component"));
    sources.writeTo(decision);
    return decision;
  }

  /** A certainty range: the two classifiers of a rating, the lower first. */
  private static ArrayNode range(JsonNode item) {
    ArrayNode range = Fhir.array();
    for (JsonNode classifier : item.path("classifier")) {
      Hl7Codes.decode(classifier, Certainty.values(), Hl7Codes::rating).ifPresent(certainty -> range.add(certainty.name()));
    }
    return range;
  }

  private static ObjectNode outcome(BundleReader reader, int index) {
    JsonNode evidence = reader.resource(index);
    ObjectNode outcome = Fhir.object().put("id", reader.identifier(evidence, index));
    outcome.put("name", evidence.path("title").asText());
    Sources.Collector sources = new Sources.Collector(Outcome.class);
    for (int assessment : reader.assessmentsOf(index)) {
      JsonNode items = reader.resource(assessment).path("content");
      reader.publishedItem(items, Field.IMPORTANCE.asCode()).ifPresent(item -> {
        outcome.put(Field.IMPORTANCE.code(), item.path("quantity").path("value").asInt());
        sources.read(Field.IMPORTANCE.code(), item);
      });
      reader.publishedItem(items, Field.FAVORS.asCode()).ifPresent(item -> {
        BundleReader.classifier(item, ProjectCodeSystem.GRADE_FAVORS).ifPresent(favors -> outcome.put(Field.FAVORS.code(), favors));
        sources.read(Field.FAVORS.code(), item);
      });
      reader.publishedItem(items, Field.FOLLOW_UP.asCode())
          .ifPresent(item -> outcome.put(Field.FOLLOW_UP.code(), item.path("summary").asText()));
      for (Field flag : List.of(Field.NO_EVIDENCE, Field.SUFFICIENT_ALONE)) {
        reader.publishedItem(items, flag.asCode()).ifPresent(item -> {
          outcome.put(flag.code(), Hl7Codes.YES.in(item.path("classifier").path(0)));
          sources.read(flag.code(), item);
        });
      }
      reader.publishedItem(items, Field.CERTAINTY_RANGE.asCode())
          .ifPresent(item -> outcome.withObjectProperty("published").set("certaintyRange", range(item)));
      reader.publishedItem(items, Field.CERTAINTY_SYMBOL.asCode())
          .ifPresent(item -> outcome.withObjectProperty("published").put(Field.CERTAINTY_SYMBOL.code(), item.path("summary").asText()));
      sources.readElsewhere(items);
    }
    ArrayNode studies = outcome.putArray("studies");
    for (JsonNode cited : evidence.path("relatedArtifact")) {
      JsonNode citation = reader.resolve(cited.path("resourceReference"), "Citation", index);
      studies.add(reader.identifier(citation, reader.entry(cited.path("resourceReference"))));
    }
    Hl7Codes.decode(evidence.path("studyDesign").path(0), StudyDesign.values(), Hl7Codes::studyDesign)
        .ifPresent(design -> outcome.put("design", design.name()));
    judged(evidence).ifPresent(certainty -> {
      for (JsonNode subcomponent : certainty.path("subcomponent")) {
        subcomponent(subcomponent, outcome, sources);
      }
      Hl7Codes.decode(certainty.path("rating"), Certainty.values(), Hl7Codes::rating)
          .ifPresent(published -> outcome.withObjectProperty("published").put("certainty", published.name()));
    });
    statistics(evidence, outcome);
    JsonNode comment = evidence.path("note").path(0).path("text");
    if (!comment.isMissingNode()) {
      outcome.put("comment", comment.asText());
    }
    sources.writeTo(outcome);
    return outcome;
  }

  /** The certainty the guideline judged: the one not rated by the checker. */
  private static Optional<JsonNode> judged(JsonNode evidence) {
    for (JsonNode certainty : evidence.path("certainty")) {
      if (!Authors.CHECKER.equals(certainty.path("rater").asText())) {
        return Optional.of(certainty);
      }
    }
    return Optional.empty();
  }

  /** One domain (its concern) or upgrade (present, and by how many levels for a large effect). */
  private static void subcomponent(JsonNode subcomponent, ObjectNode outcome, Sources.Collector sources) {
    JsonNode type = subcomponent.path("type");
    JsonNode rating = subcomponent.path("rating");
    for (Domain domain : Domain.values()) {
      if (Hl7Codes.certaintyType(domain).in(type)) {
        Hl7Codes.decode(rating, Concern.values(), Hl7Codes::concern).ifPresent(concern -> outcome.put(domain.field(), concern.name()));
        sources.read(domain.field(), subcomponent);
      }
    }
    for (UpgradeFactor factor : UpgradeFactor.values()) {
      if (Hl7Codes.certaintyType(factor).in(type)) {
        if (factor == UpgradeFactor.LARGE_EFFECT) {
          LargeEffect effect = Hl7Codes.change(2).in(rating) ? LargeEffect.VERY_LARGE
              : Hl7Codes.change(1).in(rating) ? LargeEffect.LARGE : LargeEffect.NONE;
          outcome.put(factor.field(), effect.name());
        } else {
          outcome.put(factor.field(), Hl7Codes.PRESENT.in(rating));
        }
        sources.read(factor.field(), subcomponent);
      }
    }
  }

  /** The effect estimate and sample size, and the baseline risk (a proportion). */
  private static void statistics(JsonNode evidence, ObjectNode outcome) {
    for (JsonNode statistic : evidence.path("statistic")) {
      if (Hl7Codes.PROPORTION.in(statistic.path("statisticType"))) {
        outcome.put("baselineRisk", statistic.path("quantity").path("value").asDouble());
        continue;
      }
      JsonNode size = statistic.path("sampleSize");
      if (size.has("numberOfParticipants")) {
        outcome.put("participants", size.get("numberOfParticipants").asInt());
      }
      if (size.has("numberOfStudies")) {
        outcome.put("studyCount", size.get("numberOfStudies").asInt());
      }
      Hl7Codes.decode(statistic.path("statisticType"), EffectMeasure.values(), Hl7Codes::statisticType).ifPresent(measure -> {
        ObjectNode effect = outcome.putObject("effect").put("measure", measure.name());
        effect.put("estimate", statistic.path("quantity").path("value").asDouble());
        for (JsonNode estimate : statistic.path("attributeEstimate")) {
          if (Hl7Codes.CONFIDENCE_INTERVAL.in(estimate.path("type"))) {
            effect.put("ciLow", estimate.path("range").path("low").path("value").asDouble());
            effect.put("ciHigh", estimate.path("range").path("high").path("value").asDouble());
          }
        }
      });
    }
  }
}
