package org.evidencegrading.nass;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.consensus.ConsensusRule;
import org.evidencegrading.nass.grades.ComponentGrade;
import org.evidencegrading.nass.grades.CompoundGrade;
import org.evidencegrading.nass.grades.Consistency;
import org.evidencegrading.nass.grades.DirectionCheck;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.grades.GradeOfRecommendation;
import org.evidencegrading.nass.grades.IndirectEvidence;
import org.evidencegrading.nass.grades.Indirectness;
import org.evidencegrading.nass.grades.NassGrade;
import org.evidencegrading.nass.grades.PermittedGrades;
import org.evidencegrading.nass.grades.StatementDirection;
import org.evidencegrading.nass.grades.WeakestComponent;
import org.evidencegrading.nass.levels.AppraisalLevels;
import org.evidencegrading.nass.levels.AppraisalVariations;
import org.evidencegrading.nass.levels.LevelsOfEvidenceTable;
import org.evidencegrading.nass.levels.PotentialLevelSource;
import org.evidencegrading.nass.levels.StudyDesign;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Component;
import org.evidencegrading.nass.model.Consensus;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.NassPublished;
import org.evidencegrading.nass.model.NassRecommendation;
import org.evidencegrading.nass.result.AppraisalResult;
import org.evidencegrading.nass.result.ComponentResult;
import org.evidencegrading.nass.result.ConsensusResult;
import org.evidencegrading.nass.result.NassAssessment;
import org.evidencegrading.nass.result.NassDerived;
import org.evidencegrading.nass.wording.GradedStatement;
import org.evidencegrading.nass.wording.NegativeStatement;
import org.evidencegrading.nass.wording.StandardWording;
import org.evidencegrading.nass.wording.StatementFindings;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.Provenances;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * Assesses one NASS recommendation: grades its body of evidence (or each component's, or the votes
 * of a consensus statement), compares what was published, and collects the problems in the order
 * found: each appraisal's level problems, the grade's, the wording's, then the notes on appraisals
 * that vary across the guideline and on results that rest on inferred values. One per assessment;
 * not thread-safe.
 */
final class NassAssessor {

  /** The fields an appraisal's part in the grade rests on besides its level. */
  private static final ImmutableSet<String> GRADE_FIELDS = ImmutableSet.of("finding", "indirect");
  /** The fields a derived level rests on when the guideline states the potential level. */
  private static final ImmutableSet<String> STATED_LEVEL_FIELDS = ImmutableSet.of("potentialLevel", "downgrades", "downgradeSteps");
  /** The fields a derived level rests on when the levels table gives the potential level. */
  private static final ImmutableSet<String> TABLE_LEVEL_FIELDS = ImmutableSet.of("studyType", "design", "downgrades", "downgradeSteps");
  /** The fields compared with the table's potential level, and those that say how a study was appraised. */
  private static final ImmutableSet<String> DESIGN_FIELDS = ImmutableSet.of("studyType", "design");

  private final NassRecommendation recommendation;
  private final AppraisalVariations variations;
  private final NassAssessment.Builder result = NassAssessment.builder();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> notes = new ArrayList<>();
  private final Set<String> variationsReported = new HashSet<>();
  private Trace trace = Trace.empty();

  NassAssessor(NassRecommendation recommendation, AppraisalVariations variations) {
    this.recommendation = recommendation;
    this.variations = variations;
  }

  NassAssessment assess() {
    result.recommendation(recommendation).published(recommendation.published());
    recommendation.allAppraisals().forEach(this::appraisalVaries);
    Optional<Grade> worded;
    if (recommendation.consensusStatement()) {
      worded = consensus();
    } else if (!recommendation.components().isEmpty()) {
      worded = compound();
    } else {
      Body body = grade(recommendation.appraisals());
      result.addAllAppraisals(body.results);
      trace = body.grade.trace();
      worded = compare(body.grade.value().grade(), body.grade.value().direction(), indirect(body), consistency(body));
    }
    wording(worded);
    problems.addAll(notes);
    return result.trace(trace).addAllProblems(problems).build();
  }

  // ---- bodies of evidence -------------------------------------------------------------------

  /** A body of evidence graded: the appraisals' results and levels, and the grade. */
  private static final class Body {
    final List<AppraisalLevels> levels = new ArrayList<>();
    final List<AppraisalResult> results = new ArrayList<>();
    Derivation<NassGrade> grade;
  }

  /** Grades appraisals as one body of evidence, reporting each appraisal's level problems. */
  private Body grade(List<Appraisal> appraisals) {
    Body body = new Body();
    ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
    for (Appraisal appraisal : appraisals) {
      AppraisalLevels levels = AppraisalLevels.of(appraisal);
      body.levels.add(levels);
      body.results.add(AppraisalResult.of(levels));
      levels.gradingLevel().ifPresent(level -> evidence.add(Evidence.of(appraisal.name(), level, appraisal.finding())));
      levelProblems(levels);
    }
    body.grade = GradeOfRecommendation.rule().apply(evidence.build());
    body.levels.forEach(this::restsOnInferred);
    return body;
  }

  private void levelProblems(AppraisalLevels levels) {
    Appraisal appraisal = levels.appraisal();
    String name = appraisal.name();
    if (levels.agrees().equals(Optional.of(false))) {
      String derivation = levels.trace().steps().stream()
          .filter(step -> !step.rule().equals(AppraisalLevels.GRADING_LEVEL_ID))
          .map(Step::reason)
          .collect(Collectors.joining("; "));
      problems.add(NassProblems.LEVEL_MISMATCH.at(recommendation.id(), name,
          "derived " + levels.derivedLevel().orElseThrow().label() + " (" + derivation + ") but published "
              + appraisal.publishedLevel().orElseThrow().label()));
    }
    if (levels.potentialLevelDiffersFromTable()) {
      problems.add(NassProblems.POTENTIAL_LEVEL_MISMATCH.at(recommendation.id(), name,
          "stated potential " + appraisal.potentialLevel().orElseThrow().label() + ", but the levels table gives a "
              + StudyDesign.of(appraisal.studyType(), appraisal.design()) + " study potential "
              + levels.tableLevel().orElseThrow().label() + " (" + entry(appraisal) + ")"));
    }
    if (!levels.graded()) {
      problems.add(NassProblems.UNGRADED_CITATION.at(recommendation.id(), name,
          "cited without a level: none is printed and the levels table gives a " + StudyDesign.of(appraisal.studyType(), appraisal.design())
              + " study none (" + entry(appraisal) + "); listed, not counted toward the grade"));
    }
  }

  /** The levels table's entry for an appraisal's type and design, or why it has none. */
  private static String entry(Appraisal appraisal) {
    return LevelsOfEvidenceTable.table().cell(appraisal.studyType(), appraisal.design()).entry();
  }

  /** Why the body's findings are consistent or not, in the words of the consistency rule's step. */
  private static String consistency(Body body) {
    return body.grade.trace().steps().stream()
        .filter(step -> step.rule().equals(Consistency.ID))
        .map(Step::reason)
        .collect(Collectors.joining("; "));
  }

  /** The studies a grade rests on that the file marks as answering the question only indirectly. */
  private static ImmutableList<String> indirect(Body body) {
    ImmutableSet<String> counted = ImmutableSet.copyOf(body.grade.value().counted());
    return body.levels.stream()
        .map(AppraisalLevels::appraisal)
        .filter(appraisal -> appraisal.indirect() && counted.contains(appraisal.name()))
        .map(Appraisal::name)
        .collect(ImmutableList.toImmutableList());
  }

  // ---- compound statements ------------------------------------------------------------------

  private Optional<Grade> compound() {
    ImmutableList.Builder<ComponentGrade> grades = ImmutableList.builder();
    List<Body> bodies = new ArrayList<>();
    for (Component component : recommendation.components()) {
      Body body = grade(component.appraisals());
      bodies.add(body);
      NassGrade grade = body.grade.value();
      grades.add(ComponentGrade.of(component.id(), grade));
      result.addComponents(ComponentResult.builder()
          .id(component.id())
          .about(component.about())
          .derived(NassDerived.builder().grade(grade.grade()).direction(grade.direction()).build())
          .addAllAppraisals(body.results)
          .build());
      trace = trace.then(ofComponent(body.grade.trace(), component.id()));
    }
    Derivation<CompoundGrade> compound = WeakestComponent.rule().apply(grades.build());
    trace = trace.then(compound.trace());
    ImmutableList.Builder<String> indirect = ImmutableList.builder();
    for (int c = 0; c < bodies.size(); c++) {
      if (compound.value().weakest().contains(recommendation.components().get(c).id())) {
        indirect.addAll(indirect(bodies.get(c)));
      }
    }
    return compare(compound.value().grade(), compound.value().direction(), indirect.build(), compound.step().reason());
  }

  /** A component's steps, each naming the component, so that the explanation says which part it is about. */
  private static Trace ofComponent(Trace steps, String component) {
    return Trace.of(steps.steps().stream()
        .map(step -> Step.builder()
            .rule(step.rule())
            .source(step.source())
            .putInputs("component", component)
            .putAllInputs(step.inputs())
            .outcome(step.outcome())
            .reason(component + ": " + step.reason())
            .build())
        .toList());
  }

  // ---- the published grade ------------------------------------------------------------------

  /**
   * Compares the published grade with the derived one: the permitted grades, the direction. Returns
   * the grade whose standard wording the statement should use.
   */
  private Optional<Grade> compare(Grade derived, Optional<Direction> direction, ImmutableList<String> indirect, String evidence) {
    Optional<Grade> published = recommendation.published().map(NassPublished::grade);
    Derivation<PermittedGrades> permitted = IndirectEvidence.rule()
        .apply(Indirectness.builder().derived(derived).addAllIndirect(indirect).published(published).build());
    NassDerived.Builder words = NassDerived.builder().grade(derived).direction(direction);
    if (permitted.value().grades().size() > 1) {
      trace = trace.then(permitted.trace());
      words.addAllPermitted(permitted.value().grades());
    }
    result.derived(words.build());
    if (published.isEmpty()) {
      return Optional.of(derived);
    }
    Grade grade = published.get();
    if (!permitted.value().permits(grade)) {
      problems.add(NassProblems.GRADE_MISMATCH.at(recommendation.id(), "derived grade " + derived.name() + " but published " + grade.name()
          + (permitted.value().grades().size() > 1 ? " (" + permitted.step().reason() + ")" : "")));
    } else if (permitted.value().discretionUsed()) {
      problems.add(NassProblems.DISCRETION_USED.at(recommendation.id(), "published " + grade.name() + ", one step below the derived "
          + derived.name() + ": " + permitted.step().reason()));
    }
    Derivation<Boolean> directions = StatementDirection.rule().apply(DirectionCheck.of(derived, direction, grade));
    if (!directions.value()) {
      problems.add(NassProblems.DIRECTION_MISMATCH.at(recommendation.id(), directions.step().reason() + " (" + evidence + ")"));
    }
    return published;
  }

  // ---- consensus statements -----------------------------------------------------------------

  private Optional<Grade> consensus() {
    Optional<Grade> published = recommendation.published().map(NassPublished::grade);
    NassDerived.Builder derived = NassDerived.builder();
    if (!recommendation.appraisals().isEmpty()) {
      Body body = grade(recommendation.appraisals());
      result.addAllAppraisals(body.results);
      trace = body.grade.trace();
      NassGrade evidence = body.grade.value();
      derived.evidence(NassDerived.builder().grade(evidence.grade()).direction(evidence.direction()).build());
      if (evidence.grade().recommends()) {
        problems.add(NassProblems.CONSENSUS_DESPITE_EVIDENCE.at(recommendation.id(), "the appraisals cited give " + evidence
            + " (" + body.grade.step().reason() + "); NASS makes consensus statements \"only where Level I-IV evidence is insufficient\" (NASS 2024, p. 16)"));
      }
    }
    Consensus votes = recommendation.consensus().orElse(Consensus.builder().build());
    if (!votes.votesPublished()) {
      result.derived(derived.build())
          .consensus(ConsensusResult.builder().votesPublished(false).rounds(0).build());
      problems.add(NassProblems.VOTES_NOT_PUBLISHED.at(recommendation.id(),
          "the guideline does not publish the votes, so whether at least 80% ranked the statement 7, 8 or 9 cannot be checked"));
      if (published.isPresent() && published.get() != Grade.CONSENSUS) {
        problems.add(NassProblems.GRADE_MISMATCH.at(recommendation.id(),
            "a consensus statement (it carries a consensus block) is published as grade " + published.get().name()));
      }
      return published;
    }
    Derivation<Optional<Integer>> round = ConsensusRule.rule().apply(votes);
    Optional<Grade> grade = round.value().map(reached -> Grade.CONSENSUS);
    trace = trace.then(round.trace());
    result.derived(derived.grade(grade).build())
        .consensus(ConsensusResult.builder()
            .votesPublished(true)
            .reached(round.value().isPresent())
            .round(round.value())
            .rounds(votes.rounds().size())
            .build());
    if (published.isPresent() && !published.equals(grade)) {
      problems.add(published.get() == Grade.CONSENSUS
          ? NassProblems.CONSENSUS_NOT_REACHED.at(recommendation.id(), "no voting round reached 80% of votes at 7, 8 or 9 in "
              + votes.rounds().size() + " rounds, yet the recommendation is published as a consensus statement")
          : NassProblems.GRADE_MISMATCH.at(recommendation.id(), "the votes give " + grade.map(Grade::name).orElse("no recommendation")
              + " but published " + published.get().name()));
    }
    return published.or(() -> grade);
  }

  // ---- wording ------------------------------------------------------------------------------

  private void wording(Optional<Grade> worded) {
    if (worded.isPresent()) {
      Derivation<Boolean> wording = StandardWording.rule().apply(GradedStatement.of(worded.get(), recommendation.statement()));
      if (!wording.value()) {
        problems.add(NassProblems.WORDING_MISMATCH.at(recommendation.id(), wording.step().reason()));
      }
    }
    ImmutableList<Finding> findings = recommendation.allAppraisals().map(Appraisal::finding).collect(ImmutableList.toImmutableList());
    Derivation<Boolean> negative = NegativeStatement.rule().apply(StatementFindings.of(recommendation.statement(), findings));
    if (negative.value()) {
      problems.add(NassProblems.FINDINGS_AGAINST_NEGATIVE_STATEMENT.at(recommendation.id(), negative.step().reason()));
    }
  }

  // ---- notes: varying appraisals, inferred values -------------------------------------------

  private void appraisalVaries(Appraisal appraisal) {
    for (String study : appraisal.cited()) {
      variations.variation(study)
          .filter(variation -> variation.at().equals(recommendation.id()) && variationsReported.add(study))
          .ifPresent(variation -> notes.add(NassProblems.APPRAISAL_VARIES.at(recommendation.id(), study, variation.message())));
    }
  }

  /** The INFO of an appraisal whose derived level, part in the grade or other results rest on inferred fields. */
  private void restsOnInferred(AppraisalLevels levels) {
    Appraisal appraisal = levels.appraisal();
    if (appraisal.inferred().isEmpty()) {
      return;
    }
    Set<String> levelFields = levels.potentialLevelSource() == PotentialLevelSource.STATED
        ? STATED_LEVEL_FIELDS
        : levels.potentialLevelSource() == PotentialLevelSource.TABLE ? TABLE_LEVEL_FIELDS : ImmutableSet.of();
    Set<String> used = new LinkedHashSet<>();
    List<String> what = new ArrayList<>();
    if (levels.derivedLevel().isPresent()) {
      restsOn(appraisal, levelFields, used, what, "its derived " + levels.derivedLevel().get().label());
    }
    if (levels.graded()) {
      Set<String> gradeFields = appraisal.publishedLevel().isPresent()
          ? Sets.union(ImmutableSet.of("publishedLevel"), GRADE_FIELDS)
          : Sets.union(levelFields, GRADE_FIELDS);
      restsOn(appraisal, gradeFields, used, what, "its part in the grade");
    }
    if (levels.potentialLevelSource() == PotentialLevelSource.STATED && levels.tableLevel().isPresent()) {
      restsOn(appraisal, Sets.union(DESIGN_FIELDS, ImmutableSet.of("potentialLevel")), used, what,
          "the comparison of its stated potential level with the table's");
    }
    if (appraisal.cited().stream().anyMatch(variationsReported::contains)) {
      restsOn(appraisal, DESIGN_FIELDS, used, what, "the note that its appraisal varies");
    }
    Provenances.restsOnInferred(appraisal, used, recommendation.id(), Optional.of(appraisal.name()),
            "what is derived from the appraisal of " + appraisal.name() + " (" + String.join("; ", what) + ")")
        .ifPresent(notes::add);
  }

  private static void restsOn(Appraisal appraisal, Set<String> fields, Set<String> used, List<String> what, String result) {
    if (fields.stream().anyMatch(appraisal::isInferred)) {
      used.addAll(fields);
      what.add(result);
    }
  }
}
