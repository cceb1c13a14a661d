package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.evidencegrading.gradeapproach.GradeApproachSystem;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.Effect;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriterion;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.GradeApproachRecommendation;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.OutcomePublished;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.gradeapproach.result.GradeApproachAssessment;
import org.evidencegrading.gradeapproach.result.GradeApproachDerived;
import org.evidencegrading.gradeapproach.result.OutcomeResult;
import org.evidencegrading.model.Direction;
import org.evidencegrading.model.Question;

/**
 * A GRADE recommendation as resources: its Composition; an ArtifactAssessment of it (the IG's
 * RecommendationRating and RecommendationJustification content: strength, direction and certainty
 * as published and as derived, the printed symbols, the evidence-to-decision judgments, the good
 * practice criteria, the checker's explanation and problems); and for each outcome an {@code
 * Evidence} (the PICO, its studies, design, effect data as {@code statistic}, and its certainty: the
 * panel's judgments of the five domains and the upgrades as subcomponents, rated by the publisher,
 * and the certainty derived by the checker) with an ArtifactAssessment of it (importance, the side
 * its effect favors, follow-up, as the IG's OutcomeImportance does).
 */
final class GradeResources {

  /** The fields of an outcome whose reasons and inferences the elements that hold them carry. */
  private static final ImmutableSet<String> PLACED = Stream.of(
          Arrays.stream(Domain.values()).map(Domain::field),
          Arrays.stream(UpgradeFactor.values()).map(UpgradeFactor::field),
          Stream.of(Field.IMPORTANCE, Field.FAVORS, Field.NO_EVIDENCE, Field.SUFFICIENT_ALONE).map(Field::code))
      .flatMap(fields -> fields)
      .collect(ImmutableSet.toImmutableSet());

  private GradeResources() {}

  static ImmutableList<Entry> of(GradeApproachAssessment assessment, Question question, Exporting exporting) {
    GradeApproachRecommendation recommendation = assessment.recommendation();
    List<Entry> evidence = new ArrayList<>();
    for (OutcomeResult result : assessment.outcomes()) {
      Entry outcome = outcome(recommendation, result, question, exporting);
      evidence.add(outcome);
      evidence.add(importance(recommendation, result.outcome(), outcome, exporting));
    }
    return exporting.recommendation(recommendation.id(), recommendation.statement(),
        "Rating and justification of recommendation " + recommendation.id(), justification(assessment, exporting.authors()), evidence);
  }

  // ---- the recommendation ---------------------------------------------------------------------

  private static List<ObjectNode> justification(GradeApproachAssessment assessment, Authors authors) {
    List<ObjectNode> content = new ArrayList<>();
    content.add(Assessments.classifier(Hl7Codes.RATING_SYSTEM_TYPE,
        ProjectCodeSystem.GRADING_SYSTEM.code(GradeApproachSystem.ID), Hl7Codes.GRADE));
    Optional<GradeApproachPublished> published = assessment.published();
    ratings(published.flatMap(GradeApproachPublished::strength), published.flatMap(GradeApproachPublished::direction),
        published.flatMap(GradeApproachPublished::certainty), published.flatMap(GradeApproachPublished::goodPractice))
        .forEach(item -> content.add(authors.published(item)));
    published.flatMap(GradeApproachPublished::certaintySymbol).ifPresent(symbol ->
        content.add(authors.published(Assessments.comment(Field.CERTAINTY_SYMBOL.asCode(), symbol))));
    published.flatMap(GradeApproachPublished::symbol).ifPresent(symbol ->
        content.add(authors.published(Assessments.comment(Field.SYMBOL.asCode(), symbol))));
    published.flatMap(GradeApproachPublished::certaintyRange).ifPresent(range ->
        content.add(authors.published(certaintyRange(range))));
    published.flatMap(GradeApproachPublished::noRecommendation).ifPresent(none ->
        content.add(authors.published(Assessments.classifier(Field.NO_RECOMMENDATION.asCode(), Hl7Codes.yesNo(none)))));
    published.ifPresent(value -> Sources.elsewhere(value, Set.of()).forEach(item -> content.add(authors.published(item))));
    GradeApproachDerived derived = assessment.derived();
    // The strength is the panel's: the checker derives none (GRADE revision 2).
    ratings(Optional.empty(), derived.direction(), derived.certainty(), derived.goodPractice())
        .forEach(item -> content.add(authors.derived(item)));
    assessment.recommendation().decision().ifPresent(decision -> content.add(authors.published(judgments(decision))));
    assessment.recommendation().goodPractice().ifPresent(criteria -> content.add(authors.published(criteria(criteria))));
    content.add(authors.derived(Assessments.explanation(assessment.trace())));
    assessment.problems().forEach(problem -> content.add(authors.derived(Assessments.problem(problem))));
    return content;
  }

  /** Strength, direction, certainty and the good practice verdict, as far as given. */
  private static List<ObjectNode> ratings(
      Optional<Strength> strength, Optional<Direction> direction, Optional<Certainty> certainty, Optional<Boolean> goodPractice) {
    List<ObjectNode> items = new ArrayList<>();
    strength.ifPresent(value -> items.add(Assessments.rating(Hl7Codes.STRENGTH_OF_RECOMMENDATION,
        Hl7Codes.justificationStrength(value), Hl7Codes.strength(value))));
    direction.ifPresent(value -> items.add(Assessments.classifier(Hl7Codes.DIRECTION_OF_RECOMMENDATION, Hl7Codes.direction(value))));
    certainty.ifPresent(value -> items.add(Assessments.rating(Hl7Codes.CERTAINTY_OF_EVIDENCE,
        Hl7Codes.justificationCertainty(value), Hl7Codes.rating(value))));
    goodPractice.ifPresent(value -> items.add(Assessments.classifier(Field.GOOD_PRACTICE_STATEMENT.asCode(), Hl7Codes.yesNo(value))));
    return items;
  }

  /**
   * The twelve fields of the evidence-to-decision block, each given as a component of the IG's
   * judgments container, with the source's reason as its summary.
   */
  private static ObjectNode judgments(Decision decision) {
    List<ObjectNode> judgments = new ArrayList<>();
    EtdCriterion.ALL.forEach(criterion -> criterion.component(decision).ifPresent(judgments::add));
    judgments.addAll(Sources.elsewhere(decision, EtdCriterion.FIELDS));
    return Assessments.container(Hl7Codes.JUDGMENTS, judgments);
  }

  private static ObjectNode criteria(GoodPracticeCriteria criteria) {
    List<ObjectNode> components = new ArrayList<>();
    for (GoodPracticeCriterion criterion : GoodPracticeCriterion.values()) {
      components.add(Sources.annotate(Assessments.classifier(ProjectCodeSystem.FIELD.code(criterion.field()),
          Hl7Codes.yesNo(criterion.metBy(criteria))), criteria, criterion.field()));
    }
    components.addAll(Sources.elsewhere(criteria,
        Arrays.stream(GoodPracticeCriterion.values()).map(GoodPracticeCriterion::field).collect(ImmutableSet.toImmutableSet())));
    return Assessments.container(Field.GOOD_PRACTICE.asCode(), components);
  }

  /** A certainty published as a range: a rating with two classifiers, the lower first. */
  private static ObjectNode certaintyRange(List<Certainty> range) {
    return Assessments.ratings(Field.CERTAINTY_RANGE.asCode(), range.stream().map(Hl7Codes::rating).toList());
  }

  // ---- the outcomes ---------------------------------------------------------------------------

  private static Entry outcome(GradeApproachRecommendation recommendation, OutcomeResult result, Question question, Exporting exporting) {
    Outcome outcome = result.outcome();
    Urls urls = exporting.urls();
    ObjectNode evidence = Fhir.object().put("resourceType", "Evidence");
    evidence.set("text", Fhir.narrative(outcome.name() + ": "
        + result.certainty().map(certainty -> Words.of(certainty) + " certainty (derived)").orElse("no evidence")));
    evidence.putArray("identifier").add(Fhir.identifier(urls.identifierSystem("recommendation/" + recommendation.id() + "/outcome"), outcome.id()));
    evidence.put("title", outcome.name());
    evidence.put("status", "active");
    if (!outcome.studies().isEmpty()) {
      ArrayNode cited = evidence.putArray("relatedArtifact");
      outcome.studies().forEach(study ->
          cited.addObject().put("type", "cites").set("resourceReference", Fhir.reference(urls.study(study), "Citation")));
    }
    outcome.comment().ifPresent(comment -> evidence.putArray("note").add(Fhir.annotation(comment)));
    ArrayNode variables = evidence.putArray("variableDefinition");
    variable(variables, Hl7Codes.POPULATION, question.population());
    variable(variables, Hl7Codes.EXPOSURE, question.intervention());
    variable(variables, Hl7Codes.REFERENCE_EXPOSURE, question.comparison());
    variable(variables, Hl7Codes.MEASURED_VARIABLE, Optional.of(outcome.name()));
    outcome.design().ifPresent(design -> evidence.putArray("studyDesign").add(Fhir.concept(Hl7Codes.studyDesign(design))));
    ArrayNode statistics = statistics(outcome);
    if (!statistics.isEmpty()) {
      evidence.set("statistic", statistics);
    }
    ArrayNode certainties = evidence.putArray("certainty");
    certainties.add(judged(outcome, exporting.authors()));
    result.rating().ifPresent(rating -> {
      ObjectNode derived = certainties.addObject()
          .put("description", outcome.name() + ": " + Words.of(rating.certainty()) + " certainty, rated down "
              + rating.levelsDown() + " and up " + rating.levelsUp() + " level(s) from the design's starting level");
      derived.set("type", Fhir.concept(Hl7Codes.OVERALL));
      derived.set("rating", Fhir.concept(Hl7Codes.rating(rating.certainty())));
      derived.put("rater", Authors.CHECKER);
    });
    return new Entry(urls.outcome(recommendation.id(), outcome.id()), evidence);
  }

  private static void variable(ArrayNode variables, Code role, Optional<String> description) {
    description.ifPresent(text -> {
      ObjectNode variable = variables.addObject().put("description", text);
      variable.set("variableRole", Fhir.concept(role));
    });
  }

  /**
   * The effect estimate with its 95% confidence interval and the sample size (№ of studies and
   * participants), and the baseline risk as a proportion.
   */
  private static ArrayNode statistics(Outcome outcome) {
    ArrayNode statistics = Fhir.array();
    if (outcome.effect().isPresent() || outcome.participants().isPresent() || outcome.studyCount().isPresent()) {
      ObjectNode statistic = statistics.addObject();
      outcome.effect().ifPresent(effect -> {
        statistic.put("description", describe(effect));
        statistic.set("statisticType", Fhir.concept(Hl7Codes.statisticType(effect.measure())));
        statistic.set("quantity", Fhir.quantity(effect.estimate()));
      });
      if (outcome.participants().isPresent() || outcome.studyCount().isPresent()) {
        ObjectNode size = statistic.putObject("sampleSize");
        outcome.studyCount().ifPresent(count -> size.put("numberOfStudies", count));
        outcome.participants().ifPresent(count -> size.put("numberOfParticipants", count));
      }
      outcome.effect().filter(effect -> effect.ciLow().isPresent()).ifPresent(effect -> {
        ObjectNode interval = statistic.putArray("attributeEstimate").addObject();
        interval.set("type", Fhir.concept(Hl7Codes.CONFIDENCE_INTERVAL));
        interval.put("level", 0.95);
        ObjectNode range = interval.putObject("range");
        range.set("low", Fhir.quantity(effect.ciLow().orElseThrow()));
        range.set("high", Fhir.quantity(effect.ciHigh().orElseThrow()));
      });
    }
    outcome.baselineRisk().ifPresent(risk -> {
      ObjectNode statistic = statistics.addObject().put("description", "Risk with the comparison (baseline risk)");
      statistic.set("statisticType", Fhir.concept(Hl7Codes.PROPORTION));
      statistic.set("quantity", Fhir.quantity(risk));
    });
    return statistics;
  }

  /** "RR 0.8 (95% CI 0.65 to 0.98)". */
  private static String describe(Effect effect) {
    return effect.measure() + " " + effect.estimate()
        + effect.ciLow().map(low -> " (95% CI " + low + " to " + effect.ciHigh().orElseThrow() + ")").orElse("");
  }

  /**
   * The certainty as the guideline judged it: rated by the publisher (the outcome's published
   * certainty, where given), the five domains and the three upgrades as subcomponents.
   */
  private static ObjectNode judged(Outcome outcome, Authors authors) {
    ObjectNode certainty = Fhir.object();
    certainty.set("type", Fhir.concept(Hl7Codes.OVERALL));
    outcome.published().flatMap(OutcomePublished::certainty)
        .ifPresent(published -> certainty.set("rating", Fhir.concept(Hl7Codes.rating(published))));
    certainty.put("rater", authors.publishedRater());
    ArrayNode subcomponents = certainty.putArray("subcomponent");
    for (Domain domain : Domain.values()) {
      domain.judgmentOf(outcome).ifPresent(concern -> subcomponents.add(subcomponent(outcome, domain.field(),
          Hl7Codes.certaintyType(domain), Hl7Codes.concern(concern), Hl7Codes.change(-concern.levels()))));
    }
    for (UpgradeFactor factor : UpgradeFactor.values()) {
      int levels = factor.levelsOf(outcome);
      subcomponents.add(subcomponent(outcome, factor.field(), Hl7Codes.certaintyType(factor),
          levels > 0 ? Hl7Codes.PRESENT : Hl7Codes.ABSENT, Hl7Codes.change(levels)));
    }
    return certainty;
  }

  private static ObjectNode subcomponent(Outcome outcome, String field, Code type, Code... rating) {
    ObjectNode subcomponent = Fhir.object();
    subcomponent.set("type", Fhir.concept(type));
    subcomponent.set("rating", Fhir.concept(rating));
    ArrayNode notes = Sources.notes(outcome, field);
    if (!notes.isEmpty()) {
      subcomponent.set("note", notes);
    }
    return subcomponent;
  }

  /** The outcome's importance, the side its effect favors and its follow-up, as the IG's OutcomeImportance. */
  private static Entry importance(GradeApproachRecommendation recommendation, Outcome outcome, Entry evidence, Exporting exporting) {
    Authors authors = exporting.authors();
    List<ObjectNode> content = new ArrayList<>();
    content.add(authors.published(Sources.annotate(
        Assessments.number(Field.IMPORTANCE.asCode(), outcome.importance()), outcome, Field.IMPORTANCE.code())));
    outcome.favors().ifPresent(favors -> content.add(authors.published(Sources.annotate(
        Assessments.classifier(Field.FAVORS.asCode(), ProjectCodeSystem.GRADE_FAVORS.code(favors)), outcome, Field.FAVORS.code()))));
    outcome.followUp().ifPresent(followUp -> content.add(authors.published(Assessments.comment(Field.FOLLOW_UP.asCode(), followUp))));
    for (Field flag : List.of(Field.NO_EVIDENCE, Field.SUFFICIENT_ALONE)) {
      if (flag == Field.NO_EVIDENCE ? outcome.noEvidence() : outcome.sufficientAlone()) {
        content.add(authors.published(Sources.annotate(Assessments.classifier(flag.asCode(), Hl7Codes.YES), outcome, flag.code())));
      }
    }
    outcome.published().flatMap(OutcomePublished::certaintyRange).ifPresent(range -> content.add(authors.published(certaintyRange(range))));
    outcome.published().flatMap(OutcomePublished::certaintySymbol).ifPresent(symbol ->
        content.add(authors.published(Assessments.comment(Field.CERTAINTY_SYMBOL.asCode(), symbol))));
    Sources.elsewhere(outcome, PLACED).forEach(item -> content.add(authors.published(item)));
    ObjectNode assessment = Assessments.of("Importance of " + outcome.name() + ": " + outcome.importance() + " ("
        + Words.of(outcome.importanceCategory()) + ")",
        evidence.fullUrl(), "Evidence", content);
    return new Entry(exporting.urls().importance(recommendation.id(), outcome.id()), assessment);
  }
}
