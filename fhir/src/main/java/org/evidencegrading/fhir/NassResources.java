package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.evidencegrading.nass.NassSystem;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.NassPublished;
import org.evidencegrading.nass.model.NassRecommendation;
import org.evidencegrading.nass.model.VoteRound;
import org.evidencegrading.nass.result.AppraisalResult;
import org.evidencegrading.nass.result.ConsensusResult;
import org.evidencegrading.nass.result.NassAssessment;

/**
 * A NASS recommendation as resources: its Composition; an ArtifactAssessment of it holding the
 * grade as published and as derived (strength-of-recommendation, with {@link
 * ProjectCodeSystem#NASS_GRADE} codes), the derived direction, the consensus votes and the problems;
 * and an ArtifactAssessment of each appraised study's Citation holding the appraisal (study type,
 * design, potential level, downgrades, the level as published and as derived, finding, note).
 */
final class NassResources {

  private NassResources() {}

  static ImmutableList<Entry> of(NassAssessment assessment, Exporting exporting) {
    NassRecommendation recommendation = assessment.recommendation();
    List<Entry> appraisals = new ArrayList<>();
    for (int i = 0; i < recommendation.appraisals().size(); i++) {
      appraisals.add(appraisal(recommendation, i, assessment.appraisals().get(i), exporting));
    }
    return exporting.recommendation(recommendation.id(), recommendation.statement(),
        "Grade of recommendation " + recommendation.id(), rating(assessment, exporting.authors()), appraisals);
  }

  private static List<ObjectNode> rating(NassAssessment assessment, Authors authors) {
    List<ObjectNode> content = new ArrayList<>();
    content.add(Assessments.classifier(Hl7Codes.RATING_SYSTEM_TYPE, ProjectCodeSystem.GRADING_SYSTEM.code(NassSystem.ID)));
    assessment.published().map(NassPublished::grade).ifPresent(grade -> content.add(authors.published(
        Assessments.rating(Hl7Codes.STRENGTH_OF_RECOMMENDATION, ProjectCodeSystem.NASS_GRADE.code(grade)))));
    assessment.derived().grade().ifPresent(grade -> content.add(authors.derived(
        Assessments.rating(Hl7Codes.STRENGTH_OF_RECOMMENDATION, ProjectCodeSystem.NASS_GRADE.code(grade)))));
    assessment.derived().direction().ifPresent(direction -> content.add(authors.derived(
        Assessments.classifier(Hl7Codes.DIRECTION_OF_RECOMMENDATION, Hl7Codes.direction(direction)))));
    assessment.recommendation().consensus().ifPresent(consensus -> {
      List<ObjectNode> rounds = new ArrayList<>();
      for (VoteRound round : consensus.rounds()) {
        rounds.add(Assessments.container(Field.ROUND.asCode(),
            round.votes().stream().map(vote -> Assessments.number(Field.VOTE.asCode(), vote)).toList()));
      }
      content.add(authors.published(Assessments.container(Field.CONSENSUS.asCode(), rounds)));
    });
    assessment.consensus().flatMap(NassResources::reached).ifPresent(item -> content.add(authors.derived(item)));
    content.add(authors.derived(Assessments.explanation(assessment.trace())));
    assessment.problems().forEach(problem -> content.add(authors.derived(Assessments.problem(problem))));
    return content;
  }

  /** Whether the votes reached consensus, and in which round; nothing when the votes are not published. */
  private static Optional<ObjectNode> reached(ConsensusResult result) {
    return result.reached().map(reached -> {
      ObjectNode item = Assessments.classifier(Field.CONSENSUS.asCode(), Hl7Codes.yesNo(reached));
      result.round().ifPresent(round -> item.set("quantity", Fhir.quantity(round)));
      return item;
    });
  }

  /** The fields of an appraisal whose reasons and inferences the items that hold them carry. */
  private static final ImmutableSet<String> PLACED = ImmutableSet.of(Field.STUDY_TYPE.code(), Field.DESIGN.code(),
      Field.POTENTIAL_LEVEL.code(), Field.DOWNGRADES.code(), Field.DOWNGRADE_STEPS.code(), "publishedLevel", Field.FINDING.code());

  private static Entry appraisal(NassRecommendation recommendation, int index, AppraisalResult result, Exporting exporting) {
    Appraisal appraisal = recommendation.appraisals().get(index);
    Authors authors = exporting.authors();
    List<ObjectNode> content = new ArrayList<>();
    content.add(authors.published(Sources.annotate(
        Assessments.classifier(Field.STUDY_TYPE.asCode(), ProjectCodeSystem.NASS_STUDY_TYPE.code(appraisal.studyType())),
        appraisal, Field.STUDY_TYPE.code())));
    content.add(authors.published(Sources.annotate(
        Assessments.classifier(Field.DESIGN.asCode(), ProjectCodeSystem.NASS_DESIGN.code(appraisal.design())),
        appraisal, Field.DESIGN.code())));
    appraisal.potentialLevel().ifPresent(level -> content.add(authors.published(Sources.annotate(
        Assessments.rating(Field.POTENTIAL_LEVEL.asCode(), level(level)), appraisal, Field.POTENTIAL_LEVEL.code()))));
    if (!appraisal.downgrades().isEmpty()) {
      content.add(authors.published(Sources.annotate(
          Assessments.classifiers(Field.DOWNGRADES.asCode(),
              appraisal.downgrades().stream().map(ProjectCodeSystem.NASS_DOWNGRADE_REASON::code).toList()),
          appraisal, Field.DOWNGRADES.code())));
    }
    appraisal.downgradeSteps().ifPresent(steps -> content.add(authors.published(Sources.annotate(
        Assessments.number(Field.DOWNGRADE_STEPS.asCode(), steps), appraisal, Field.DOWNGRADE_STEPS.code()))));
    appraisal.publishedLevel().ifPresent(level -> content.add(authors.published(Sources.annotate(
        Assessments.rating(Field.LEVEL.asCode(), level(level)), appraisal, "publishedLevel"))));
    result.level().ifPresent(level -> content.add(authors.derived(Assessments.rating(Field.LEVEL.asCode(), level(level)))));
    content.add(authors.published(Sources.annotate(
        Assessments.classifier(Field.FINDING.asCode(), ProjectCodeSystem.NASS_FINDING.code(appraisal.finding())),
        appraisal, Field.FINDING.code())));
    appraisal.note().ifPresent(note -> content.add(authors.published(Assessments.comment(Field.NOTE.asCode(), note))));
    Sources.elsewhere(appraisal, PLACED).forEach(item -> content.add(authors.published(item)));
    // an appraisal of several reports of one study is about the first of them
    String title = "Appraisal of " + appraisal.name() + " for " + recommendation.id();
    return new Entry(exporting.urls().appraisal(recommendation.id(), index),
        Assessments.of(title, exporting.urls().study(appraisal.cited().get(0)), "Citation", content));
  }

  private static Code level(Level level) {
    return ProjectCodeSystem.NASS_LEVEL.code(level);
  }
}
