package org.evidencegrading.rulesets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencegrading.model.Direction;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.rulesets.definition.Grade;
import org.evidencegrading.rulesets.definition.Level;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.rulesets.definition.RuleSetValidator;
import org.evidencegrading.rulesets.grading.AppraisalLevels;
import org.evidencegrading.rulesets.grading.Evidence;
import org.evidencegrading.rulesets.grading.EvidenceGrade;
import org.evidencegrading.rulesets.grading.GradeOfEvidence;
import org.evidencegrading.rulesets.grading.GradedStatement;
import org.evidencegrading.rulesets.grading.PermittedGrade;
import org.evidencegrading.rulesets.grading.StandardWording;
import org.evidencegrading.rulesets.model.RuleSetAppraisal;
import org.evidencegrading.rulesets.model.RuleSetPublished;
import org.evidencegrading.rulesets.model.RuleSetRecommendation;
import org.evidencegrading.rulesets.properties.RuleSetPropertySets;
import org.evidencegrading.rulesets.result.AppraisalResult;
import org.evidencegrading.rulesets.result.RuleSetAssessment;
import org.evidencegrading.system.ErrorSink;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.Provenances;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;

/**
 * A grading system defined by a {@link RuleSet rule set}: guideline files name it by the rule set's
 * id, and their recommendations are {@link RuleSetRecommendation}s. For each recommendation it
 * derives every appraisal's level ({@link AppraisalLevels}), the grade the levels deserve ({@link
 * GradeOfEvidence}) with the grades the rule set permits in the panel's judgment, and checks the
 * published grade, its direction and the statement's standard wording.
 *
 * <pre>{@code
 * RuleSetSystem aaos = RuleSets.system(Path.of("aaos.yaml"));
 * GradingSystems systems = GradingSystems.installed().with(aaos);
 * CheckReport report = Checker.using(systems).run(GuidelineReader.using(systems).parse(file));
 * }</pre>
 *
 * <p>It is configured by its rule set, so it is not found on the class path as the built-in systems
 * are: build one from a rule set and add it to a {@link org.evidencegrading.system.GradingSystems
 * registry}.
 */
public final class RuleSetSystem implements GradingSystem<RuleSetRecommendation, RuleSetAssessment> {

  /** The appraisal fields the grade is derived from, for results resting on inferred values. */
  private static final Set<String> GRADED_FIELDS =
      ImmutableSet.of("studyType", "design", "potentialLevel", "downgrades", "downgradeSteps", "publishedLevel", "finding", "indirect");

  private final RuleSet rules;
  private final GradeOfEvidence grade;
  private final StandardWording wording;

  /**
   * The grading system of a rule set.
   *
   * @throws IllegalArgumentException if the rule set is not valid ({@link RuleSetValidator})
   */
  public RuleSetSystem(RuleSet rules) {
    ImmutableList<String> errors = RuleSetValidator.errors(rules);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("invalid rule set " + rules.id() + ": " + String.join("; ", errors));
    }
    this.rules = rules;
    this.grade = new GradeOfEvidence(rules);
    this.wording = new StandardWording(rules);
  }

  /** The rule set. */
  public RuleSet rules() {
    return rules;
  }

  /** The rule that grades a body of evidence by the rule set. */
  public GradeOfEvidence gradeRule() {
    return grade;
  }

  @Override
  public String id() {
    return rules.id();
  }

  @Override
  public String title() {
    return rules.title();
  }

  @Override
  public Class<RuleSetRecommendation> recommendationType() {
    return RuleSetRecommendation.class;
  }

  @Override
  public ImmutableList<ProblemCode> problemCodes() {
    return RuleSetProblems.ALL;
  }

  /** The properties of the rule set's rows over every body of evidence up to {@code bounds.maxStudies()} studies. */
  @Override
  public ImmutableList<PropertyGroup<?>> properties(PropertyBounds bounds) {
    return RuleSetPropertySets.of(rules, bounds.maxStudies());
  }

  @Override
  public void validate(RuleSetRecommendation recommendation, Guideline guideline, ErrorSink errors) {
    recommendation.published().ifPresent(published ->
        known(published.grade(), rules.grades().stream().map(Grade::id).toList(), "grade", "published.grade", errors));
    List<String> levels = rules.levels().stream().map(Level::id).toList();
    Map<String, Integer> appraised = new HashMap<>();
    for (int i = 0; i < recommendation.appraisals().size(); i++) {
      RuleSetAppraisal appraisal = recommendation.appraisals().get(i);
      String path = "appraisals[" + i + "]";
      Integer first = appraised.putIfAbsent(appraisal.study(), i);
      if (first != null) {
        errors.error(path + ".study", "study '" + appraisal.study() + "' is appraised twice for this recommendation (also appraisals[" + first + "])");
      }
      known(appraisal.studyType(), rules.studyTypes(), "study type", path + ".studyType", errors);
      known(appraisal.design(), rules.designs(), "design", path + ".design", errors);
      appraisal.potentialLevel().ifPresent(level -> known(level, levels, "level", path + ".potentialLevel", errors));
      appraisal.publishedLevel().ifPresent(level -> known(level, levels, "level", path + ".publishedLevel", errors));
      if (appraisal.effectiveDowngradeSteps() > rules.maxDowngradeSteps()) {
        errors.error(path + ".downgradeSteps", appraisal.effectiveDowngradeSteps() + " downgrade steps, but " + rules.id()
            + " allows at most " + rules.maxDowngradeSteps());
      }
      List<String> reasons = rules.downgrading().map(policy -> (List<String>) policy.reasons()).orElse(List.of());
      for (int r = 0; r < appraisal.downgrades().size() && !reasons.isEmpty(); r++) {
        known(appraisal.downgrades().get(r), reasons, "downgrade reason", path + ".downgrades[" + r + "]", errors);
      }
      Provenances.validate(appraisal, RuleSetAppraisal.class, path, errors);
    }
  }

  private void known(String id, List<String> known, String kind, String path, ErrorSink errors) {
    if (!known.contains(id)) {
      errors.error(path, "unknown " + kind + " '" + id + "' of rule set " + rules.id() + " (expected one of: " + String.join(", ", known) + ")");
    }
  }

  @Override
  public RuleSetAssessment assess(Question question, RuleSetRecommendation recommendation, Guideline guideline) {
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    ImmutableList.Builder<AppraisalResult> appraisals = ImmutableList.builder();
    ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
    Map<String, RuleSetAppraisal> byStudy = new HashMap<>();
    for (RuleSetAppraisal appraisal : recommendation.appraisals()) {
      AppraisalLevels levels = AppraisalLevels.of(rules, appraisal);
      appraisals.add(AppraisalResult.of(levels));
      byStudy.put(appraisal.study(), appraisal);
      levels.gradingLevel().ifPresentOrElse(
          level -> evidence.add(Evidence.of(appraisal.study(), level, appraisal.finding(), appraisal.indirect())),
          () -> problems.add(RuleSetProblems.UNGRADED_CITATION.at(recommendation.id(), appraisal.study(),
              "no level: none printed and none derivable (" + levels.trace().steps().get(0).reason() + "): listed, not counted")));
      levelProblems(recommendation, levels).forEach(problems::add);
    }
    Derivation<EvidenceGrade> derived = grade.apply(evidence.build());
    EvidenceGrade grade = derived.value();
    Optional<String> published = recommendation.published().map(RuleSetPublished::grade);
    published.ifPresent(printed -> gradeProblems(recommendation.id(), grade, printed).ifPresent(problems::add));
    published.or(grade::grade).ifPresent(worded -> {
      Derivation<Boolean> words = wording.apply(GradedStatement.of(worded, recommendation.statement()));
      if (!words.value()) {
        problems.add(RuleSetProblems.WORDING_MISMATCH.at(recommendation.id(), words.step().reason()));
      }
    });
    for (String study : grade.counted()) {
      Provenances.restsOnInferred(byStudy.get(study), GRADED_FIELDS, recommendation.id(), Optional.of(study),
          "the grade of " + recommendation.id()).ifPresent(problems::add);
    }
    return RuleSetAssessment.builder()
        .recommendation(recommendation)
        .derived(grade)
        .published(recommendation.published())
        .trace(derived.trace())
        .addAllAppraisals(appraisals.build())
        .addAllProblems(problems.build())
        .build();
  }

  private List<Problem> levelProblems(RuleSetRecommendation recommendation, AppraisalLevels levels) {
    RuleSetAppraisal appraisal = levels.appraisal();
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    if (levels.agrees().equals(Optional.of(false))) {
      String derivation = levels.trace().steps().stream()
          .filter(step -> !step.rule().endsWith(".grading-level"))
          .map(Step::reason)
          .collect(Collectors.joining("; "));
      problems.add(RuleSetProblems.LEVEL_MISMATCH.at(recommendation.id(), appraisal.study(),
          "derived " + levels.derivedLevel().orElseThrow() + " (" + derivation + ") but published " + appraisal.publishedLevel().orElseThrow()));
    }
    if (appraisal.potentialLevel().isPresent() && levels.tableLevel().isPresent()
        && !appraisal.potentialLevel().equals(levels.tableLevel())) {
      problems.add(RuleSetProblems.POTENTIAL_LEVEL_MISMATCH.at(recommendation.id(), appraisal.study(),
          "stated potential " + appraisal.potentialLevel().get() + ", but " + rules.id() + "'s table gives a "
              + appraisal.studyType() + " " + appraisal.design() + " study potential " + levels.tableLevel().get()));
    }
    return problems.build();
  }

  /** What is wrong with a published grade, if anything: mismatch, direction, no row, or discretion used. */
  private Optional<Problem> gradeProblems(String at, EvidenceGrade grade, String published) {
    if (!grade.covered()) {
      return Optional.of(RuleSetProblems.NOT_COVERED.at(at, "no row of " + rules.id()
          + " covers this body of evidence: the published " + published + " cannot be checked"));
    }
    if (!grade.permits(published)) {
      return Optional.of(RuleSetProblems.GRADE_MISMATCH.at(at, "derived " + (grade.grade().isPresent() ? "grade " + grade : "no grade")
          + " but published " + published));
    }
    Optional<PermittedGrade> discretion = grade.grade().equals(Optional.of(published))
        ? Optional.empty()
        : grade.permitted().stream().filter(p -> p.grade().equals(published)).findFirst();
    Optional<Direction> direction = discretion.map(PermittedGrade::direction).orElse(grade.direction());
    if (direction.equals(Optional.of(Direction.AGAINST))) {
      return Optional.of(RuleSetProblems.DIRECTION_MISMATCH.at(at, "the published " + published
          + " says the evidence supports the statement as written, but it opposes it (derived " + grade + ")"));
    }
    return discretion.map(permitted -> RuleSetProblems.DISCRETION_USED.at(at, "published " + published + ", permitted "
        + permitted.because() + "; the default is " + grade.grade().orElse("no grade")));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleSetSystem that && rules.equals(that.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "RuleSetSystem[" + rules.id() + "]";
  }
}
