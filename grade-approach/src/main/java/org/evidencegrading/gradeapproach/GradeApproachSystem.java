package org.evidencegrading.gradeapproach;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.certainty.OutcomeRating;
import org.evidencegrading.gradeapproach.certainty.OverallCertainty;
import org.evidencegrading.gradeapproach.certainty.OverallRating;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.GradeApproachRecommendation;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.gradeapproach.properties.GradeApproachPropertySets;
import org.evidencegrading.gradeapproach.result.Agreement;
import org.evidencegrading.gradeapproach.result.GradeApproachDerived;
import org.evidencegrading.gradeapproach.result.GradeApproachAssessment;
import org.evidencegrading.gradeapproach.result.OutcomeResult;
import org.evidencegrading.gradeapproach.strength.EvidenceToDecision;
import org.evidencegrading.gradeapproach.strength.GoodPracticeStatement;
import org.evidencegrading.gradeapproach.strength.StrengthAndDirection;
import org.evidencegrading.gradeapproach.strength.StrengthBasis;
import org.evidencegrading.gradeapproach.symbols.CertaintySymbol;
import org.evidencegrading.gradeapproach.symbols.RecommendationSymbol;
import org.evidencegrading.gradeapproach.symbols.SymbolCheck;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.system.ErrorSink;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.SyntheticRecommendations;
import org.evidencegrading.gradeapproach.synthetic.GradeApproachSyntheticRecommendations;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Trace;

/**
 * The GRADE approach as a grading system ({@code system: GRADE}). For a recommendation with outcomes
 * it rates each outcome's certainty ({@link OutcomeRating}), derives the overall certainty from the
 * critical outcomes ({@link OverallCertainty}) and, given the evidence-to-decision judgments, the
 * strength and direction ({@link EvidenceToDecision}); for a good practice statement it checks the
 * five criteria ({@link GoodPracticeStatement}). It compares all that with the published words, the
 * printed symbols with the words ({@link SymbolCheck}), and warns of strong recommendations on low
 * certainty without a paradigmatic situation.
 *
 * <p>The service loader uses the no-argument constructor, with GRADE's default {@link
 * UpgradePolicy}; to check with another policy, pass {@code new GradeApproachSystem(UpgradePolicy.ALWAYS)}
 * to {@code Checker.check(guideline, system)}. An instance is immutable.
 */
public final class GradeApproachSystem implements GradingSystem<GradeApproachRecommendation, GradeApproachAssessment> {

  /** The id guideline files name. */
  public static final String ID = "GRADE";

  private final UpgradePolicy policy;

  /** The system with the default policy for rating up, {@link UpgradePolicy#DEFAULT}. */
  public GradeApproachSystem() {
    this(UpgradePolicy.DEFAULT);
  }

  /** The system with a policy for rating up. */
  public GradeApproachSystem(UpgradePolicy policy) {
    this.policy = Preconditions.checkNotNull(policy, "policy");
  }

  /** Whether rating up counts for evidence that was rated down. */
  public UpgradePolicy policy() {
    return policy;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "GRADE: certainty of evidence and strength of recommendations";
  }

  @Override
  public Class<GradeApproachRecommendation> recommendationType() {
    return GradeApproachRecommendation.class;
  }

  @Override
  public Optional<SyntheticRecommendations<GradeApproachRecommendation>> synthetic() {
    return Optional.of(new GradeApproachSyntheticRecommendations());
  }

  @Override
  public ImmutableList<ProblemCode> problemCodes() {
    return GradeApproachProblems.ALL;
  }

  /**
   * The properties of the rules under this system's policy, the overall certainty over outcome
   * profiles of up to {@code bounds.maxStudies()} outcomes.
   */
  @Override
  public ImmutableList<PropertyGroup<?>> properties(PropertyBounds bounds) {
    return GradeApproachPropertySets.of(bounds, policy);
  }

  // ---- validation ---------------------------------------------------------------------------

  /**
   * Reports what makes a recommendation impossible to grade: neither outcomes nor good practice
   * criteria, or graded parts on a good practice statement; outcome ids repeated, outcomes without
   * studies, no critical outcome (GRADE gives such a recommendation no overall certainty); printed
   * symbols that cannot be read.
   */
  @Override
  public void validate(GradeApproachRecommendation recommendation, Guideline guideline, ErrorSink errors) {
    Optional<GradeApproachPublished> published = recommendation.published();
    Optional<Boolean> publishedGoodPractice = published.flatMap(GradeApproachPublished::goodPractice);
    if (recommendation.goodPractice().isPresent()) {
      notGraded(!recommendation.outcomes().isEmpty(), "outcomes", "outcomes", errors);
      notGraded(recommendation.decision().isPresent(), "decision", "evidence-to-decision judgments", errors);
      notGraded(published.flatMap(GradeApproachPublished::certainty).isPresent(), "published.certainty", "certainty", errors);
      notGraded(published.flatMap(GradeApproachPublished::certaintySymbol).isPresent(), "published.certaintySymbol", "certainty symbol", errors);
      notGraded(published.flatMap(GradeApproachPublished::strength).isPresent(), "published.strength", "strength", errors);
      if (publishedGoodPractice.equals(Optional.of(false))) {
        errors.error("published.goodPractice", "the recommendation gives goodPractice criteria, so it is a good practice statement,"
            + " but it is published as not one (goodPractice: false)");
      }
    } else if (recommendation.outcomes().isEmpty()) {
      errors.error("", "a GRADE recommendation needs outcomes (the evidence it is graded on) or goodPractice criteria"
          + " (for a good practice statement); this one has neither");
    } else {
      if (publishedGoodPractice.equals(Optional.of(true))) {
        errors.error("published.goodPractice", "published as a good practice statement, but the recommendation has outcomes"
            + " instead of the five goodPractice criteria");
      }
      validateOutcomes(recommendation.outcomes(), errors);
    }
    published.flatMap(GradeApproachPublished::certaintySymbol)
        .filter(symbol -> CertaintySymbol.parse(symbol).isEmpty())
        .ifPresent(symbol -> errors.error("published.certaintySymbol",
            "'" + symbol + "' is not a certainty symbol (expected " + CertaintySymbol.ACCEPTED + ")"));
    published.flatMap(GradeApproachPublished::symbol)
        .filter(symbol -> RecommendationSymbol.parse(symbol).isEmpty())
        .ifPresent(symbol -> errors.error("published.symbol",
            "'" + symbol + "' is not a recommendation symbol (expected one of: " + RecommendationSymbol.ACCEPTED + ")"));
  }

  private static void notGraded(boolean present, String path, String what, ErrorSink errors) {
    if (present) {
      errors.error(path, "a good practice statement is not graded, so it has no " + what
          + ": remove " + path + " or the goodPractice criteria");
    }
  }

  private static void validateOutcomes(List<Outcome> outcomes, ErrorSink errors) {
    Map<String, Integer> ids = new HashMap<>();
    for (int o = 0; o < outcomes.size(); o++) {
      Outcome outcome = outcomes.get(o);
      String path = "outcomes[" + o + "]";
      Integer first = ids.putIfAbsent(outcome.id(), o);
      if (first != null) {
        errors.error(path + ".id", "duplicate outcome id '" + outcome.id() + "' in this recommendation (first used at outcomes[" + first + "])");
      }
      if (outcome.studies().isEmpty()) {
        errors.error(path + ".studies", "an outcome needs at least one study: the body of evidence its certainty is rated for");
      }
      Set<String> studies = new HashSet<>();
      for (int s = 0; s < outcome.studies().size(); s++) {
        if (!studies.add(outcome.studies().get(s))) {
          errors.error(path + ".studies[" + s + "]", "study '" + outcome.studies().get(s) + "' is listed twice for this outcome");
        }
      }
    }
    if (outcomes.stream().noneMatch(Outcome::critical)) {
      errors.error("outcomes", "no outcome is critical (importance 7-9): GRADE bases the overall certainty of a recommendation"
          + " on its critical outcomes only, so rate those critical for the decision 7 to 9 (importances given: "
          + outcomes.stream().map(outcome -> String.valueOf(outcome.importance())).collect(Collectors.joining(", ")) + ")");
    }
  }

  // ---- checking -----------------------------------------------------------------------------

  @Override
  public GradeApproachAssessment assess(Question question, GradeApproachRecommendation recommendation, Guideline guideline) {
    GradeApproachAssessment.Builder result = GradeApproachAssessment.builder().recommendation(recommendation);
    List<Problem> problems = new ArrayList<>();
    if (recommendation.goodPractice().isPresent()) {
      checkGoodPractice(recommendation, recommendation.goodPractice().get(), result, problems);
    } else {
      checkEvidence(recommendation, result, problems);
    }
    Optional<GradeApproachPublished> published = recommendation.published();
    published.flatMap(SymbolCheck::certaintySymbol)
        .ifPresent(message -> problems.add(GradeApproachProblems.SYMBOL_MISMATCH.at(recommendation.id(), message)));
    published.flatMap(SymbolCheck::recommendationSymbol)
        .ifPresent(message -> problems.add(GradeApproachProblems.SYMBOL_MISMATCH.at(recommendation.id(), message)));
    return result.addAllProblems(problems).build();
  }

  /** Checks a good practice statement's criteria. */
  private static void checkGoodPractice(
      GradeApproachRecommendation recommendation, GoodPracticeCriteria criteria, GradeApproachAssessment.Builder result, List<Problem> problems) {
    Derivation<Boolean> goodPractice = GoodPracticeStatement.rule().apply(criteria);
    GradeApproachDerived derived = GradeApproachDerived.builder().goodPractice(goodPractice.value()).build();
    result.derived(derived).trace(goodPractice.trace());
    if (!goodPractice.value()) {
      problems.add(GradeApproachProblems.GOOD_PRACTICE_CRITERIA_UNMET.at(recommendation.id(), goodPractice.step().reason()));
    }
  }

  /**
   * Rates the outcomes, derives the overall certainty and, given the judgments, the strength and
   * direction, and compares them with the published ones.
   */
  private void checkEvidence(GradeApproachRecommendation recommendation, GradeApproachAssessment.Builder result, List<Problem> problems) {
    String id = recommendation.id();
    Optional<GradeApproachPublished> published = recommendation.published();
    List<RatedOutcome> rated = new ArrayList<>();
    for (Outcome outcome : recommendation.outcomes()) {
      OutcomeResult outcomeResult = OutcomeResult.of(OutcomeRating.rule(policy).apply(outcome));
      result.addOutcomes(outcomeResult);
      rated.add(outcomeResult.rating());
      if (outcomeResult.agrees().equals(Optional.of(false))) {
        problems.add(GradeApproachProblems.CERTAINTY_MISMATCH.at(id, outcome.id(),
            "derived " + CertaintySymbol.label(outcomeResult.certainty()) + " (" + outcomeResult.conclusion().reason()
                + ") but published " + CertaintySymbol.label(outcomeResult.publishedCertainty().orElseThrow())));
      }
    }
    Derivation<OverallRating> overall = OverallCertainty.rule().apply(rated);
    Certainty certainty = overall.value().certainty();
    GradeApproachDerived.Builder derivedBuilder = GradeApproachDerived.builder().certainty(certainty);
    Trace explanation = overall.trace();
    Optional<Decision> decision = recommendation.decision();
    Optional<Derivation<StrengthAndDirection>> recommended =
        decision.map(judgments -> EvidenceToDecision.rule().apply(StrengthBasis.of(judgments, certainty)));
    if (recommended.isPresent()) {
      derivedBuilder.strength(recommended.get().value().strength()).direction(recommended.get().value().direction());
      explanation = explanation.then(recommended.get().trace());
    } else {
      explanation = explanation.then(Trace.of(EvidenceToDecision.notDerived()));
    }
    GradeApproachDerived derived = derivedBuilder.build();
    boolean certaintyAgrees = Agreement.certainty(published, derived);
    if (!certaintyAgrees) {
      problems.add(GradeApproachProblems.CERTAINTY_MISMATCH.at(id,
          "overall certainty derived " + CertaintySymbol.label(certainty) + " (" + overall.step().reason()
              + ") but published " + CertaintySymbol.label(published.flatMap(GradeApproachPublished::certainty).orElseThrow())));
    }
    boolean strengthAgrees = Agreement.strengthAndDirection(published, derived);
    if (!strengthAgrees) {
      problems.add(GradeApproachProblems.STRENGTH_MISMATCH.at(id, "derived " + recommended.orElseThrow().value() + " ("
          + recommended.get().step().reason() + ") but published "
          + Words.strengthAndDirection(published.flatMap(GradeApproachPublished::strength), published.flatMap(GradeApproachPublished::direction))));
    }
    ParadigmaticSituation situation = decision.map(Decision::paradigmaticSituation).orElse(ParadigmaticSituation.NONE);
    if (published.flatMap(GradeApproachPublished::strength).equals(Optional.of(Strength.STRONG))
        && !certainty.atLeast(Certainty.MODERATE) && !situation.declared()) {
      problems.add(GradeApproachProblems.DISCORDANT_RECOMMENDATION.at(id, "published as a strong recommendation, but the overall certainty"
          + " is " + Words.of(certainty) + " and no paradigmatic situation is invoked: GRADE holds a strong recommendation on low"
          + " or very low certainty appropriate only in one of its five paradigmatic situations"));
    }
    result.derived(derived).trace(explanation);
  }
}
