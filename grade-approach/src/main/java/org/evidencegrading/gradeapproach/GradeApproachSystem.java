package org.evidencegrading.gradeapproach;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencegrading.gradeapproach.certainty.CertaintyAgreement;
import org.evidencegrading.gradeapproach.certainty.CertaintyComparison;
import org.evidencegrading.gradeapproach.certainty.CertaintyVerdict;
import org.evidencegrading.gradeapproach.certainty.OutcomeCertainty;
import org.evidencegrading.gradeapproach.certainty.OutcomeRating;
import org.evidencegrading.gradeapproach.certainty.OverallCertainty;
import org.evidencegrading.gradeapproach.certainty.OverallRating;
import org.evidencegrading.gradeapproach.certainty.PermittedCertainty;
import org.evidencegrading.gradeapproach.certainty.PublishedCertainty;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.certainty.ThreeLevels;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.GradeApproachRecommendation;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.OutcomePublished;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.gradeapproach.model.RecommendationKind;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.gradeapproach.properties.GradeApproachPropertySets;
import org.evidencegrading.gradeapproach.result.GradeApproachAssessment;
import org.evidencegrading.gradeapproach.result.GradeApproachDerived;
import org.evidencegrading.gradeapproach.result.OutcomeResult;
import org.evidencegrading.gradeapproach.strength.DirectionBasis;
import org.evidencegrading.gradeapproach.strength.DirectionCheck;
import org.evidencegrading.gradeapproach.strength.DirectionOfRecommendation;
import org.evidencegrading.gradeapproach.strength.DirectionVerdict;
import org.evidencegrading.gradeapproach.strength.Discordance;
import org.evidencegrading.gradeapproach.strength.DiscordantPattern;
import org.evidencegrading.gradeapproach.strength.GoodPracticeStatement;
import org.evidencegrading.gradeapproach.strength.ParadigmClaim;
import org.evidencegrading.gradeapproach.strength.ParadigmaticSituationCheck;
import org.evidencegrading.gradeapproach.strength.SideCertainty;
import org.evidencegrading.gradeapproach.strength.StrengthJudgment;
import org.evidencegrading.gradeapproach.symbols.CertaintySymbol;
import org.evidencegrading.gradeapproach.symbols.RecommendationSymbol;
import org.evidencegrading.gradeapproach.symbols.SymbolCheck;
import org.evidencegrading.gradeapproach.synthetic.GradeApproachSyntheticRecommendations;
import org.evidencegrading.model.Direction;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.system.ErrorSink;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.Provenances;
import org.evidencegrading.system.SyntheticRecommendations;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Trace;

/**
 * The GRADE approach as a grading system ({@code system: GRADE}). For a recommendation with outcomes
 * it rates each outcome's certainty ({@link OutcomeRating}) and derives the overall certainty from the
 * critical outcomes ({@link OverallCertainty}), each as the certainties GRADE's guidance permits with
 * their default, and compares the published certainties with them ({@link CertaintyAgreement}). It
 * derives the direction from the balance of effects and checks the published direction against it
 * ({@link DirectionCheck}); it does not derive the strength, a judgment of the panel, but warns of the
 * patterns GRADE calls discordant ({@link Discordance}) and tests a declared paradigmatic situation
 * ({@link ParadigmaticSituationCheck}). For a good practice statement it checks the five criteria
 * ({@link GoodPracticeStatement}). It compares the printed symbols with the words ({@link
 * SymbolCheck}), and says where a result rests on values the encoder inferred.
 *
 * <p>Severities follow revision 2 of the file format: ERROR for a published value that contradicts
 * the file's own stated inputs under fixed rules, WARNING for a judgment that departs from GRADE's
 * guidance, INFO for discretion used and for results resting on inferred values (see {@link
 * GradeApproachProblems}). Every problem is at the recommendation, with the outcome as its item
 * where it is about one.
 *
 * <p>The service loader uses the no-argument constructor, with GRADE's default {@link
 * UpgradePolicy}; to derive by default counting rating up after rating down, pass {@code new
 * GradeApproachSystem(UpgradePolicy.ALWAYS)} to {@code Checker.using(GradingSystems.of(...))}. Either
 * way both ratings are permitted. An instance is immutable.
 */
public final class GradeApproachSystem implements GradingSystem<GradeApproachRecommendation, GradeApproachAssessment> {

  /** The id guideline files name. */
  public static final String ID = "GRADE";

  /** The fields of an outcome its rating, and how it counts for the overall certainty, rest on. */
  private static final Set<String> RATING_FIELDS = Stream.concat(
          Stream.concat(Arrays.stream(Domain.values()).map(Domain::field), Arrays.stream(UpgradeFactor.values()).map(UpgradeFactor::field)),
          Stream.of("design", "importance", "favors", "sufficientAlone", "noEvidence"))
      .collect(ImmutableSet.toImmutableSet());

  private final UpgradePolicy policy;

  /** The system with the default policy for rating up, {@link UpgradePolicy#DEFAULT}. */
  public GradeApproachSystem() {
    this(UpgradePolicy.DEFAULT);
  }

  /** The system with a policy for rating up: which permitted rating is the default. */
  public GradeApproachSystem(UpgradePolicy policy) {
    this.policy = Preconditions.checkNotNull(policy, "policy");
  }

  /** Whether, by default, rating up counts for evidence that was rated down. */
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
   * Reports what makes a recommendation impossible to check: graded parts on a good practice
   * statement, or a direction or strength on one the panel declined to make; outcome ids repeated,
   * outcomes with evidence but no studies; printed symbols that cannot be read; reasons and inferred
   * fields that name no field. A recommendation without outcomes, or without a critical one, is
   * valid.
   */
  @Override
  public void validate(GradeApproachRecommendation recommendation, Guideline guideline, ErrorSink errors) {
    Optional<GradeApproachPublished> published = recommendation.published();
    Optional<Boolean> publishedGoodPractice = published.flatMap(GradeApproachPublished::goodPractice);
    if (recommendation.goodPractice().isPresent()) {
      notGraded(!recommendation.outcomes().isEmpty(), "outcomes", "outcomes", errors);
      notGraded(recommendation.decision().isPresent(), "decision", "evidence-to-decision judgments", errors);
      notGraded(published.flatMap(GradeApproachPublished::certainty).isPresent(), "published.certainty", "certainty", errors);
      notGraded(published.flatMap(GradeApproachPublished::certaintyRange).isPresent(), "published.certaintyRange", "certainty", errors);
      notGraded(published.flatMap(GradeApproachPublished::certaintySymbol).isPresent(), "published.certaintySymbol", "certainty symbol", errors);
      notGraded(published.flatMap(GradeApproachPublished::strength).isPresent(), "published.strength", "strength", errors);
      if (publishedGoodPractice.equals(Optional.of(false))) {
        errors.error("published.goodPractice", "the recommendation gives goodPractice criteria, so it is a good practice statement,"
            + " but it is published as not one (goodPractice: false)");
      }
      Provenances.validate(recommendation.goodPractice().get(), GoodPracticeCriteria.class, "goodPractice", errors);
    } else if (publishedGoodPractice.equals(Optional.of(true))) {
      errors.error("published.goodPractice", "published as a good practice statement, but the recommendation does not give the five"
          + " goodPractice criteria" + (recommendation.outcomes().isEmpty() ? "" : " (it has outcomes instead)"));
    }
    published.filter(GradeApproachPublished::declined).ifPresent(declined -> {
      notRecommended(declined.direction().isPresent(), "published.direction", "direction", errors);
      notRecommended(declined.strength().isPresent(), "published.strength", "strength", errors);
      notRecommended(declined.goodPractice().orElse(false) || recommendation.goodPractice().isPresent(), "published.goodPractice",
          "good practice statement", errors);
    });
    validateOutcomes(recommendation.outcomes(), errors);
    recommendation.decision().ifPresent(decision -> Provenances.validate(decision, Decision.class, "decision", errors));
    published.ifPresent(printed -> {
      readableCertaintySymbol(printed.certaintySymbol(), "published.certaintySymbol", errors);
      printed.symbol()
          .filter(symbol -> RecommendationSymbol.parse(symbol).isEmpty())
          .ifPresent(symbol -> errors.error("published.symbol",
              "'" + symbol + "' is not a recommendation symbol (expected one of: " + RecommendationSymbol.ACCEPTED + ")"));
      Provenances.validate(printed, GradeApproachPublished.class, "published", errors);
    });
  }

  private static void notGraded(boolean present, String path, String what, ErrorSink errors) {
    if (present) {
      errors.error(path, "a good practice statement is not graded, so it has no " + what
          + ": remove " + path + " or the goodPractice criteria");
    }
  }

  private static void notRecommended(boolean present, String path, String what, ErrorSink errors) {
    if (present) {
      errors.error(path, "the panel made no recommendation (published.noRecommendation), so it has no " + what
          + ": remove " + path + " or noRecommendation");
    }
  }

  private static void readableCertaintySymbol(Optional<String> printed, String path, ErrorSink errors) {
    printed
        .filter(symbol -> CertaintySymbol.parse(symbol).isEmpty())
        .ifPresent(symbol -> errors.error(path, "'" + symbol + "' is not a certainty symbol (expected " + CertaintySymbol.ACCEPTED + ")"));
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
      if (outcome.studies().isEmpty() && !outcome.noEvidence()) {
        errors.error(path + ".studies", "an outcome needs at least one study: the body of evidence its certainty is rated for"
            + " (for an outcome the review found no evidence for, write noEvidence: true)");
      }
      Set<String> studies = new HashSet<>();
      for (int s = 0; s < outcome.studies().size(); s++) {
        if (!studies.add(outcome.studies().get(s))) {
          errors.error(path + ".studies[" + s + "]", "study '" + outcome.studies().get(s) + "' is listed twice for this outcome");
        }
      }
      readableCertaintySymbol(outcome.published().flatMap(OutcomePublished::certaintySymbol), path + ".published.certaintySymbol", errors);
      Provenances.validate(outcome, Outcome.class, path, errors);
    }
  }

  // ---- checking -----------------------------------------------------------------------------

  @Override
  public GradeApproachAssessment assess(Question question, GradeApproachRecommendation recommendation, Guideline guideline) {
    GradeApproachAssessment.Builder result = GradeApproachAssessment.builder().recommendation(recommendation);
    List<Problem> problems = new ArrayList<>();
    String id = recommendation.id();
    Optional<GradeApproachPublished> published = recommendation.published();
    if (recommendation.goodPractice().isPresent()) {
      checkGoodPractice(id, recommendation.goodPractice().get(), result, problems);
    } else {
      checkEvidence(recommendation, result, problems);
    }
    published.flatMap(SymbolCheck::certaintySymbol).ifPresent(message -> problems.add(GradeApproachProblems.SYMBOL_MISMATCH.at(id, message)));
    published.flatMap(SymbolCheck::recommendationSymbol).ifPresent(message -> problems.add(GradeApproachProblems.SYMBOL_MISMATCH.at(id, message)));
    published.flatMap(printed -> Provenances.restsOnInferred(
            printed, Provenances.fields(GradeApproachPublished.class), id, Optional.empty(), "the comparison with what was published"))
        .ifPresent(problems::add);
    return result.addAllProblems(problems).build();
  }

  /** Checks a good practice statement's criteria: not all met is a departure from guidance. */
  private static void checkGoodPractice(
      String id, GoodPracticeCriteria criteria, GradeApproachAssessment.Builder result, List<Problem> problems) {
    Derivation<Boolean> goodPractice = GoodPracticeStatement.rule().apply(criteria);
    result.derived(GradeApproachDerived.builder().goodPractice(goodPractice.value()).build()).trace(goodPractice.trace());
    if (!goodPractice.value()) {
      problems.add(GradeApproachProblems.GOOD_PRACTICE_CRITERIA_UNMET.at(id, goodPractice.step().reason()));
    }
    Provenances.restsOnInferred(criteria, Provenances.fields(GoodPracticeCriteria.class), id, Optional.empty(), "the good practice verdict")
        .ifPresent(problems::add);
  }

  /** What the overall certainty counts of each outcome: as permitted, and as permitted without counting disputable upgrades. */
  private record Counted(List<OutcomeCertainty> permitted, List<OutcomeCertainty> withoutUpgrades, List<String> upgradedIds) {}

  /**
   * Rates the outcomes and derives the overall certainty and the direction, compares them with the
   * published ones, and checks the published strength against GRADE's guidance.
   */
  private void checkEvidence(GradeApproachRecommendation recommendation, GradeApproachAssessment.Builder result, List<Problem> problems) {
    String id = recommendation.id();
    Optional<GradeApproachPublished> published = recommendation.published();
    Counted counted = new Counted(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Outcome outcome : recommendation.outcomes()) {
      result.addOutcomes(checkOutcome(id, outcome, counted, problems));
    }
    GradeApproachDerived.Builder derived = GradeApproachDerived.builder();
    Derivation<Optional<OverallRating>> overall = OverallCertainty.rule().apply(counted.permitted());
    Trace explanation = overall.trace();
    Optional<PermittedCertainty> permitted = overall.value().map(OverallRating::permitted);
    permitted.ifPresent(certainties -> derived.certainty(certainties.byDefault())
        .addAllPermittedCertainty(certainties.alternatives().isEmpty() ? ImmutableList.of() : certainties.members().asList()));
    Optional<PublishedCertainty> publishedCertainty = published.flatMap(PublishedCertainty::of);
    if (permitted.isPresent() && publishedCertainty.isPresent()) {
      Derivation<CertaintyVerdict> agreement = CertaintyAgreement.rule().apply(CertaintyComparison.of(permitted.get(), publishedCertainty.get()));
      explanation = explanation.then(agreement.trace());
      result.certaintyVerdict(agreement.value());
      if (agreement.value() == CertaintyVerdict.DISAGREES) {
        problems.add(GradeApproachProblems.CERTAINTY_MISMATCH.at(id, "overall certainty derived " + label(permitted.get())
            + " (" + overall.step().reason() + ") but published " + publishedCertainty.get().words()));
      } else {
        if (agreement.value() == CertaintyVerdict.AGREES_BY_DISCRETION) {
          problems.add(GradeApproachProblems.DISCRETION_USED.at(id, "overall certainty " + agreement.step().reason()));
        }
        Optional<OverallRating> strict = OverallCertainty.rule().apply(counted.withoutUpgrades()).value();
        if (strict.isPresent() && strict.get().permitted().members().stream().noneMatch(publishedCertainty.get()::allows)) {
          problems.add(GradeApproachProblems.UPGRADE_DESPITE_DOWNGRADE.at(id, "the published overall certainty, "
              + publishedCertainty.get().words() + ", counts rating up after rating down for " + String.join(", ", counted.upgradedIds())
              + ": without it the overall certainty would be " + strict.get().permitted().words() + " (GRADE 18: rating up is"
              + " \"usually only\" for evidence \"without any reason for rating down\")"));
        }
      }
    }
    if (overall.value().isEmpty() && recommendation.kind() == RecommendationKind.RECOMMENDATION && !recommendation.outcomes().isEmpty()) {
      boolean anyCritical = recommendation.outcomes().stream().anyMatch(Outcome::critical);
      problems.add(GradeApproachProblems.NO_CRITICAL_OUTCOME.at(id, (anyCritical
          ? "no critical outcome has evidence"
          : "no outcome is critical (importances given: " + recommendation.outcomes().stream()
              .map(outcome -> String.valueOf(outcome.importance())).collect(Collectors.joining(", ")) + ")")
          + ": GRADE bases the overall certainty of a recommendation on its critical outcomes (importance 7-9), so it has none"));
    }
    if (recommendation.kind() == RecommendationKind.RECOMMENDATION) {
      explanation = checkDecision(recommendation, counted.permitted(), permitted, derived, explanation, problems);
    }
    result.derived(derived.build()).trace(explanation);
  }

  /** Rates one outcome and compares it with what was published for it; adds it to what the overall certainty counts. */
  private OutcomeResult checkOutcome(String id, Outcome outcome, Counted counted, List<Problem> problems) {
    OutcomeResult.Builder outcomeResult = OutcomeResult.builder().outcome(outcome);
    outcome.published().flatMap(SymbolCheck::certaintySymbol)
        .ifPresent(message -> problems.add(GradeApproachProblems.SYMBOL_MISMATCH.at(id, outcome.id(), message)));
    Provenances.restsOnInferred(outcome, RATING_FIELDS, id, Optional.of(outcome.id()), "the rating of outcome " + outcome.id())
        .ifPresent(problems::add);
    if (outcome.noEvidence()) {
      if (outcome.critical()) {
        problems.add(GradeApproachProblems.CRITICAL_OUTCOME_WITHOUT_EVIDENCE.at(id, outcome.id(), "critical outcome " + outcome.id()
            + " has no evidence: it has no certainty and does not count in the overall certainty, which rests on the other"
            + " critical outcomes"));
      }
      return outcomeResult.trace(Trace.empty()).build();
    }
    Derivation<RatedOutcome> rating = OutcomeRating.rule(policy).apply(outcome);
    RatedOutcome rated = rating.value();
    Trace trace = rating.trace();
    Derivation<ImmutableList<Domain>> threeLevels = ThreeLevels.rule().apply(outcome);
    if (!threeLevels.value().isEmpty()) {
      problems.add(GradeApproachProblems.IMPLAUSIBLE_RATING.at(id, outcome.id(), threeLevels.step().reason()));
    }
    PermittedCertainty permitted = rated.permitted();
    PermittedCertainty withoutUpgrades = rated.upgradesDiscretionary() ? PermittedCertainty.only(rated.withoutUpgrades()) : permitted;
    Optional<PublishedCertainty> published = outcome.published().flatMap(PublishedCertainty::of);
    if (published.isPresent()) {
      Derivation<CertaintyVerdict> agreement = CertaintyAgreement.rule().apply(CertaintyComparison.of(permitted, published.get()));
      trace = trace.then(agreement.trace());
      outcomeResult.published(published).verdict(agreement.value());
      if (agreement.value() == CertaintyVerdict.DISAGREES) {
        problems.add(GradeApproachProblems.CERTAINTY_MISMATCH.at(id, outcome.id(), "derived " + label(permitted) + " ("
            + rating.step().reason() + ") but published " + published.get().words()));
      } else {
        if (agreement.value() == CertaintyVerdict.AGREES_BY_DISCRETION) {
          problems.add(GradeApproachProblems.DISCRETION_USED.at(id, outcome.id(), agreement.step().reason()));
        }
        permitted = permitted.within(published.get().levels()).orElseThrow();
        withoutUpgrades = permitted;
      }
      if (rated.upgradesDiscretionary() && published.get().allows(rated.withUpgrades()) && !published.get().allows(rated.withoutUpgrades())) {
        problems.add(GradeApproachProblems.UPGRADE_DESPITE_DOWNGRADE.at(id, outcome.id(), "published " + published.get().words()
            + " counts rating up (" + UpgradeFactor.claimedLevels(outcome) + " levels claimed) although the evidence was rated down "
            + Words.levels(rated.levelsDown()) + "; without it " + Words.of(rated.withoutUpgrades()) + " (GRADE 18: rating up is"
            + " \"usually only\" for evidence \"without any reason for rating down\")"));
      }
    } else if (rated.upgradesDiscretionary() && rated.withUpgrades() != rated.withoutUpgrades()) {
      counted.upgradedIds().add(outcome.id());
    }
    counted.permitted().add(OutcomeCertainty.of(outcome, permitted));
    counted.withoutUpgrades().add(OutcomeCertainty.of(outcome, withoutUpgrades));
    return outcomeResult.rating(rated).trace(trace).build();
  }

  /**
   * Derives the direction from the balance and checks the published direction against it, a declared
   * paradigmatic situation against its pattern, and a published strength against GRADE's guidance.
   */
  private static Trace checkDecision(GradeApproachRecommendation recommendation, List<OutcomeCertainty> counted,
      Optional<PermittedCertainty> overall, GradeApproachDerived.Builder derived, Trace explanation, List<Problem> problems) {
    String id = recommendation.id();
    Optional<Decision> decision = recommendation.decision();
    Optional<GradeApproachPublished> published = recommendation.published();
    Optional<Direction> publishedDirection = published.flatMap(GradeApproachPublished::direction);
    Trace trace = explanation;
    if (decision.flatMap(Decision::balance).isPresent()) {
      Derivation<Optional<Direction>> direction = DirectionOfRecommendation.rule().apply(decision.get().balance().get());
      direction.value().ifPresent(derived::direction);
      trace = trace.then(direction.trace());
    }
    if (publishedDirection.isPresent()) {
      Optional<Favors> evidence = Favors.commonSide(counted.stream()
          .map(OutcomeCertainty::outcome)
          .filter(Outcome::critical)
          .map(Outcome::favors)
          .toList());
      Derivation<DirectionVerdict> check = DirectionCheck.rule().apply(
          DirectionBasis.builder().published(publishedDirection.get()).decision(decision).evidence(evidence).build());
      trace = trace.then(check.trace());
      if (check.value() == DirectionVerdict.CONTRADICTS) {
        problems.add(GradeApproachProblems.DIRECTION_MISMATCH.at(id, check.step().reason()));
      } else if (check.value() == DirectionVerdict.EXPLAINED) {
        problems.add(GradeApproachProblems.DISCRETION_USED.at(id, "direction: " + check.step().reason()));
      }
    }
    ParadigmaticSituation situation = decision.map(Decision::paradigmaticSituation).orElse(ParadigmaticSituation.NONE);
    if (situation.deprecatedName()) {
      problems.add(GradeApproachProblems.DEPRECATED_VALUE.at(id, "paradigmaticSituation " + situation.name()
          + " is the deprecated name of " + situation.canonical().name() + " (GRADE's situation 4: high certainty of similar"
          + " benefits, low certainty of harm of one option); read as " + situation.canonical().name() + ", write that"));
    }
    boolean paradigmSatisfied = false;
    if (situation.declared()) {
      Derivation<Boolean> paradigm = ParadigmaticSituationCheck.rule().apply(ParadigmClaim.builder()
          .situation(situation)
          .direction(publishedDirection)
          .addAllOutcomes(counted.stream()
              .filter(each -> each.outcome().favors().isPresent())
              .map(each -> SideCertainty.of(each.outcome().id(), each.outcome().favors().get(), each.permitted().byDefault()))
              .toList())
          .build());
      trace = trace.then(paradigm.trace());
      paradigmSatisfied = paradigm.value();
      if (!paradigmSatisfied) {
        problems.add(GradeApproachProblems.PARADIGM_NOT_SATISFIED.at(id, paradigm.step().reason()));
      }
    }
    if (published.flatMap(GradeApproachPublished::strength).isPresent()) {
      Optional<Certainty> certainty = published.flatMap(PublishedCertainty::of)
          .map(printed -> printed.levels().first())
          .or(() -> overall.map(PermittedCertainty::highest));
      Derivation<ImmutableMap<DiscordantPattern, String>> discordance = Discordance.rule().apply(StrengthJudgment.builder()
              .strength(published.get().strength().get())
              .direction(publishedDirection)
              .certainty(certainty)
              .decision(decision)
              .paradigmSatisfied(paradigmSatisfied)
              .build());
      trace = trace.then(discordance.trace());
      discordance.value().values().forEach(message -> problems.add(GradeApproachProblems.DISCORDANT_RECOMMENDATION.at(id, message)));
    }
    decision.flatMap(judgments -> Provenances.restsOnInferred(judgments, Provenances.fields(Decision.class), id, Optional.empty(),
        "the check against the evidence-to-decision judgments")).ifPresent(problems::add);
    return trace;
  }

  /** "⊕⊕OO LOW" or "⊕⊕OO LOW (also permitted: MODERATE)". */
  private static String label(PermittedCertainty permitted) {
    return CertaintySymbol.label(permitted.byDefault()) + (permitted.alternatives().isEmpty() ? "" : permitted.alternatives().keySet().stream()
        .sorted()
        .map(Certainty::name)
        .collect(Collectors.joining(", ", " (also permitted: ", ")")));
  }
}
