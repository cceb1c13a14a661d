package org.evidencegrading.gradeapproach.properties;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.certainty.OutcomeRating;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.certainty.RatingDown;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.LargeEffect;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.properties.Property;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.evidencegrading.trace.Step;

/**
 * The properties of the certainty of one outcome, over every combination of judgments: each design,
 * each of the four concerns in each of the five domains, each effect size, with and without a
 * dose-response gradient and plausible residual confounding (3 x 4^5 x 3 x 2 x 2 = 36,864 outcomes,
 * fewest levels first). The properties: determinism, the starting level by design, the default being
 * the start less the levels rated down plus the levels rated up where the policy counts them, rating
 * up after rating down permitted both ways (except after ROBINS-I risk of bias alone, where it counts),
 * rating down never raising and costing one level a step, rating up never lowering, the policy's
 * default, and a trace that shows every domain and ends with the certainty.
 *
 * <p>The rule under test is a parameter, so that a test can show the properties catch a wrong one.
 * Ratings are remembered per outcome, since the properties look at each outcome's neighbours.
 */
public final class OutcomeRatingPropertySet {

  private final Rule<Outcome, RatedOutcome> rule;
  private final UpgradePolicy policy;
  private final Map<Outcome, RatedOutcome> ratings = new HashMap<>();

  private OutcomeRatingPropertySet(Rule<Outcome, RatedOutcome> rule, UpgradePolicy policy) {
    this.rule = rule;
    this.policy = policy;
  }

  /** The properties of the outcome rating under a policy. */
  public static PropertyGroup<Outcome> of(UpgradePolicy policy) {
    return of(policy, OutcomeRating.rule(policy));
  }

  /** The same properties of another rule, expected to follow the policy. */
  public static PropertyGroup<Outcome> of(UpgradePolicy policy, Rule<Outcome, RatedOutcome> rule) {
    return PropertyGroup.of(space(), new OutcomeRatingPropertySet(rule, policy).all());
  }

  /** Every outcome judgment, fewest levels down and up first. */
  static Space<Outcome> space() {
    List<Outcome> outcomes = new ArrayList<>();
    Concern[] concerns = Concern.values();
    int domains = Domain.values().length;
    int combinations = (int) Math.pow(concerns.length, domains);
    for (StudyDesign design : StudyDesign.values()) {
      for (int c = 0; c < combinations; c++) {
        Outcome base = Cases.outcome(design);
        int code = c;
        for (Domain domain : Domain.values()) {
          base = domain.with(base, concerns[code % concerns.length]);
          code /= concerns.length;
        }
        for (LargeEffect effect : LargeEffect.values()) {
          for (boolean dose : new boolean[] {false, true}) {
            for (boolean confounding : new boolean[] {false, true}) {
              outcomes.add(base.withLargeEffect(effect).withDoseResponse(dose).withPlausibleConfounding(confounding));
            }
          }
        }
      }
    }
    outcomes.sort(Comparator.comparingInt(OutcomeRatingPropertySet::size));
    return Spaces.listed(
        "every outcome: each design, each concern in each of the five domains, each effect size, with or without"
            + " a dose-response gradient and plausible confounding",
        ImmutableList.copyOf(outcomes),
        OutcomeRatingPropertySet::describe);
  }

  private static int levelsDown(Outcome outcome) {
    int levels = 0;
    for (Domain domain : Domain.values()) {
      levels += domain.concernOf(outcome).levels();
    }
    return levels;
  }

  private static int size(Outcome outcome) {
    return levelsDown(outcome) + UpgradeFactor.claimedLevels(outcome);
  }

  /** {@code [RANDOMIZED riskOfBias=SERIOUS largeEffect=LARGE]}: the design and what is not the default. */
  static String describe(Outcome outcome) {
    List<String> parts = new ArrayList<>();
    parts.add(outcome.design().orElseThrow().name());
    for (Domain domain : Domain.values()) {
      if (domain.concernOf(outcome) != Concern.NOT_SERIOUS) {
        parts.add(domain.field() + "=" + domain.concernOf(outcome).name());
      }
    }
    if (outcome.largeEffect() != LargeEffect.NONE) {
      parts.add(UpgradeFactor.LARGE_EFFECT.field() + "=" + outcome.largeEffect().name());
    }
    if (outcome.doseResponse()) {
      parts.add(UpgradeFactor.DOSE_RESPONSE.field());
    }
    if (outcome.plausibleConfounding()) {
      parts.add(UpgradeFactor.PLAUSIBLE_CONFOUNDING.field());
    }
    return parts.stream().collect(Collectors.joining(" ", "[", "]"));
  }

  private RatedOutcome rating(Outcome outcome) {
    return ratings.computeIfAbsent(outcome, key -> rule.apply(key).value());
  }

  private Certainty certainty(Outcome outcome) {
    return rating(outcome).certainty();
  }

  private static int start(Outcome outcome) {
    return outcome.design().orElseThrow() == StudyDesign.OBSERVATIONAL ? Certainty.LOW.rank() : Certainty.HIGH.rank();
  }

  /** The levels rated down for a reason other than ROBINS-I risk of bias, restated. */
  private static int barring(Outcome outcome) {
    int levels = 0;
    for (Domain domain : Domain.values()) {
      if (domain != Domain.RISK_OF_BIAS || outcome.design().orElseThrow() != StudyDesign.NON_RANDOMIZED_ROBINS_I) {
        levels += domain.concernOf(outcome).levels();
      }
    }
    return levels;
  }

  private static Certainty bounded(int rank) {
    return Certainty.ofRank(Math.max(Certainty.VERY_LOW.rank(), Math.min(Certainty.HIGH.rank(), rank)));
  }

  private ImmutableList<Property<Outcome>> all() {
    return ImmutableList.of(
        Property.determinism("the same outcome always gets the same certainties", rule, rated -> rated.permitted().toString()),
        Property.explained("starting-certainty-by-design",
            "without concerns or factors for rating up, randomized trials and non-randomized studies assessed with ROBINS-I"
                + " are high certainty, observational studies low",
            outcome -> {
              if (size(outcome) > 0) {
                return Optional.empty();
              }
              Certainty expected = Certainty.ofRank(start(outcome));
              return certainty(outcome) == expected ? Optional.empty() : Optional.of(certainty(outcome) + ", not " + expected);
            }),
        Property.explained("default-is-start-less-down-plus-up-within-the-scale",
            "the default certainty is the design's starting level, less the levels rated down, plus the levels rated up where"
                + " they count by default (always without a reason to rate down other than ROBINS-I risk of bias, otherwise"
                + " as the policy says), kept within very low and high",
            outcome -> {
              int down = levelsDown(outcome);
              boolean counted = barring(outcome) == 0 || policy == UpgradePolicy.ALWAYS;
              int up = counted ? UpgradeFactor.claimedLevels(outcome) : 0;
              Certainty expected = bounded(start(outcome) - down + up);
              return certainty(outcome) == expected
                  ? Optional.empty()
                  : Optional.of(certainty(outcome) + ", not " + expected + " (" + start(outcome) + " - " + down + " + " + up + ")");
            }),
        Property.explained("rating-up-after-rating-down-is-permitted-both-ways",
            "where a domain other than ROBINS-I risk of bias rated the evidence down, the certainties with and without the"
                + " factors for rating up are both permitted, and nothing else; otherwise only the one with them",
            outcome -> {
              int base = start(outcome) - levelsDown(outcome);
              Set<Certainty> expected = EnumSet.of(bounded(base + UpgradeFactor.claimedLevels(outcome)));
              if (barring(outcome) > 0) {
                expected.add(bounded(base));
              }
              Set<Certainty> permitted = rating(outcome).permitted().members();
              return permitted.equals(expected) ? Optional.empty() : Optional.of(permitted + ", not " + expected);
            }),
        Property.explained("robins-i-risk-of-bias-never-withholds-an-upgrade",
            "for non-randomized studies assessed with ROBINS-I rated down for risk of bias only, the factors for rating up"
                + " count, and no other certainty is permitted",
            outcome -> {
              if (outcome.design().orElseThrow() != StudyDesign.NON_RANDOMIZED_ROBINS_I || barring(outcome) > 0) {
                return Optional.empty();
              }
              RatedOutcome rated = rating(outcome);
              return rated.permitted().alternatives().isEmpty() && rated.levelsUp() == UpgradeFactor.claimedLevels(outcome)
                  ? Optional.empty()
                  : Optional.of(rated.permitted().members() + ", " + rated.levelsUp() + " levels up");
            }),
        Property.explained("rating-down-never-raises",
            "a more serious concern in any domain never raises the default certainty or the highest permitted",
            outcome -> {
              for (Domain domain : Domain.values()) {
                Concern concern = domain.concernOf(outcome);
                if (concern != Concern.EXTREMELY_SERIOUS) {
                  Outcome worse = domain.with(outcome, Concern.values()[concern.ordinal() + 1]);
                  if (certainty(worse).rank() > certainty(outcome).rank()
                      || rating(worse).permitted().highest().rank() > rating(outcome).permitted().highest().rank()) {
                    return Optional.of(rating(outcome).permitted() + ", but with " + describe(worse) + ": " + rating(worse).permitted());
                  }
                }
              }
              return Optional.empty();
            }),
        Property.explained("each-step-down-costs-one-level",
            "without factors for rating up, a concern one step more serious in any domain lowers the certainty exactly one"
                + " level, unless it is very low already",
            outcome -> {
              if (UpgradeFactor.claimedLevels(outcome) > 0) {
                return Optional.empty();
              }
              int expected = Math.max(Certainty.VERY_LOW.rank(), certainty(outcome).rank() - 1);
              for (Domain domain : Domain.values()) {
                Concern concern = domain.concernOf(outcome);
                if (concern != Concern.EXTREMELY_SERIOUS) {
                  Outcome worse = domain.with(outcome, Concern.values()[concern.ordinal() + 1]);
                  if (certainty(worse).rank() != expected) {
                    return Optional.of(certainty(outcome) + ", but with " + describe(worse) + ": " + certainty(worse));
                  }
                }
              }
              return Optional.empty();
            }),
        Property.explained("rating-up-never-lowers",
            "a larger effect, a dose-response gradient or plausible confounding never lowers the highest permitted certainty",
            outcome -> {
              for (Outcome better : upgraded(outcome)) {
                if (rating(better).permitted().highest().rank() < rating(outcome).permitted().highest().rank()) {
                  return Optional.of(rating(outcome).permitted() + ", but with " + describe(better) + ": " + rating(better).permitted());
                }
              }
              return Optional.empty();
            }),
        policy == UpgradePolicy.ONLY_WITHOUT_RATING_DOWN
            ? Property.explained("rated-down-evidence-is-not-rated-up-by-default",
                "under the policy ONLY_WITHOUT_RATING_DOWN, evidence rated down for a reason other than ROBINS-I risk of bias"
                    + " has by default the certainty it would have without its factors for rating up",
                outcome -> {
                  Outcome plain = outcome.withLargeEffect(LargeEffect.NONE).withDoseResponse(false).withPlausibleConfounding(false);
                  return barring(outcome) == 0 || certainty(plain) == certainty(outcome)
                      ? Optional.empty()
                      : Optional.of(certainty(outcome) + ", but without rating up " + describe(plain) + ": " + certainty(plain));
                })
            : Property.explained("rating-up-offsets-rating-down",
                "under the policy ALWAYS, one level rated down less together with one level rated up less never changes"
                    + " the default certainty",
                outcome -> {
                  Optional<Outcome> lessDown = lessDown(outcome);
                  Optional<Outcome> both = lessDown.flatMap(OutcomeRatingPropertySet::lessUp);
                  return both.isEmpty() || certainty(both.get()) == certainty(outcome)
                      ? Optional.empty()
                      : Optional.of(certainty(outcome) + ", but " + describe(both.get()) + ": " + certainty(both.get()));
                }),
        Property.explained("trace-shows-every-domain-and-ends-with-the-certainty",
            "the explanation has one rating-down step per domain and concludes with a step naming the default certainty",
            outcome -> {
              Derivation<RatedOutcome> rating = rule.apply(outcome);
              long domainSteps = rating.trace().steps().stream().filter(step -> step.rule().equals(RatingDown.ID)).count();
              Step last = rating.step();
              return domainSteps == Domain.values().length && last.outcome().equals(rating.value().certainty().name())
                  ? Optional.empty()
                  : Optional.of(domainSteps + " domain steps, last step " + last.rule() + " -> " + last.outcome());
            }));
  }

  /** The outcome with each factor for rating up raised one level where it can be. */
  private static List<Outcome> upgraded(Outcome outcome) {
    List<Outcome> better = new ArrayList<>();
    if (outcome.largeEffect() != LargeEffect.VERY_LARGE) {
      better.add(outcome.withLargeEffect(LargeEffect.values()[outcome.largeEffect().ordinal() + 1]));
    }
    if (!outcome.doseResponse()) {
      better.add(outcome.withDoseResponse(true));
    }
    if (!outcome.plausibleConfounding()) {
      better.add(outcome.withPlausibleConfounding(true));
    }
    return better;
  }

  /** The outcome with its first concern one step less serious, if it has one. */
  private static Optional<Outcome> lessDown(Outcome outcome) {
    for (Domain domain : Domain.values()) {
      Concern concern = domain.concernOf(outcome);
      if (concern != Concern.NOT_SERIOUS) {
        return Optional.of(domain.with(outcome, Concern.values()[concern.ordinal() - 1]));
      }
    }
    return Optional.empty();
  }

  /** The outcome with its first factor for rating up one level less, if it has one. */
  private static Optional<Outcome> lessUp(Outcome outcome) {
    if (outcome.largeEffect() != LargeEffect.NONE) {
      return Optional.of(outcome.withLargeEffect(LargeEffect.values()[outcome.largeEffect().ordinal() - 1]));
    }
    if (outcome.doseResponse()) {
      return Optional.of(outcome.withDoseResponse(false));
    }
    return outcome.plausibleConfounding() ? Optional.of(outcome.withPlausibleConfounding(false)) : Optional.empty();
  }
}
