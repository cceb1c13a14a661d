package org.evidencegrading.gradeapproach.properties;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.certainty.OutcomeCertainty;
import org.evidencegrading.gradeapproach.certainty.OverallCertainty;
import org.evidencegrading.gradeapproach.certainty.OverallRating;
import org.evidencegrading.gradeapproach.certainty.PermittedCertainty;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.properties.Property;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.trace.Rule;

/**
 * The properties of the overall certainty, over every outcome profile of one to {@code maxOutcomes}
 * outcomes. A profile is a multiset of 19 kinds of outcome: critical (importance 9) of each
 * certainty, favoring the intervention, the comparison or neither (12 kinds); critical, high or low,
 * not saying what it favors (2), or favoring the intervention and judged sufficient alone (2);
 * critical, favoring the intervention, low by default with moderate also permitted (rated up after
 * rating down: 1); and two non-critical kinds (importance 5), very low certainty not saying what it
 * favors and high certainty favoring the intervention, which a rule that counted non-critical
 * outcomes could not get past. The certainty does not depend on the order of the outcomes (a
 * property, checked on the reversed order), so each profile is enumerated once; outcomes are named
 * o1, o2, ... in their order. 42,503 profiles up to 5 outcomes.
 *
 * <p>The properties: determinism, no overall certainty exactly without a critical outcome, only
 * critical outcomes counting, the default being the lowest critical outcome and decided by one of
 * that certainty, never above the highest critical outcome and the lowest unless a sufficient-alone
 * outcome is marked, the sufficient-alone outcome's certainty permitted when every critical outcome
 * favors the same alternative, {@code NEITHER} and no {@code favors} alike, order independence, and
 * a critical outcome favoring neither never raising the default.
 *
 * <p>The rule under test is a parameter, so that a test can show the properties catch a wrong one.
 * Ratings are remembered per profile, since the properties look at each profile's neighbours.
 */
public final class OverallCertaintyPropertySet {

  /** A kind of outcome: its permitted certainties, importance, what it favors, and whether it suffices alone. */
  private record Kind(PermittedCertainty permitted, int importance, Optional<Favors> favors, boolean sufficientAlone) {}

  private static final int CRITICAL = 9;
  private static final int IMPORTANT = 5;
  private static final PermittedCertainty RATED_UP_AFTER_RATING_DOWN =
      PermittedCertainty.of(Certainty.LOW, ImmutableMap.of(Certainty.MODERATE, "counting the large effect although rated down"));
  private static final ImmutableList<Kind> KINDS = kinds();

  /** A kind of outcome at a position of a profile (0 for o1). */
  private record Slot(Kind kind, int position) {}

  /** The outcome of each kind at each position, built once: profiles share them. */
  private static final Map<Slot, OutcomeCertainty> OUTCOMES = new ConcurrentHashMap<>();

  private final Rule<List<OutcomeCertainty>, Optional<OverallRating>> rule;
  private final Map<List<OutcomeCertainty>, Optional<OverallRating>> ratings = new HashMap<>();

  private OverallCertaintyPropertySet(Rule<List<OutcomeCertainty>, Optional<OverallRating>> rule) {
    this.rule = rule;
  }

  /** The properties of the overall-certainty rule, over profiles of up to {@code maxOutcomes} outcomes. */
  public static PropertyGroup<ImmutableList<OutcomeCertainty>> of(int maxOutcomes) {
    return of(maxOutcomes, OverallCertainty.rule());
  }

  /** The same properties of another rule. */
  public static PropertyGroup<ImmutableList<OutcomeCertainty>> of(
      int maxOutcomes, Rule<List<OutcomeCertainty>, Optional<OverallRating>> rule) {
    return PropertyGroup.of(space(maxOutcomes), new OverallCertaintyPropertySet(rule).all());
  }

  private static ImmutableList<Kind> kinds() {
    ImmutableList.Builder<Kind> kinds = ImmutableList.builder();
    for (Certainty certainty : Certainty.values()) {
      for (Favors side : Favors.values()) {
        kinds.add(new Kind(PermittedCertainty.only(certainty), CRITICAL, Optional.of(side), false));
      }
    }
    for (Certainty certainty : List.of(Certainty.HIGH, Certainty.LOW)) {
      kinds.add(new Kind(PermittedCertainty.only(certainty), CRITICAL, Optional.empty(), false));
      kinds.add(new Kind(PermittedCertainty.only(certainty), CRITICAL, Optional.of(Favors.INTERVENTION), true));
    }
    kinds.add(new Kind(RATED_UP_AFTER_RATING_DOWN, CRITICAL, Optional.of(Favors.INTERVENTION), false));
    kinds.add(new Kind(PermittedCertainty.only(Certainty.VERY_LOW), IMPORTANT, Optional.empty(), false));
    kinds.add(new Kind(PermittedCertainty.only(Certainty.HIGH), IMPORTANT, Optional.of(Favors.INTERVENTION), false));
    return kinds.build();
  }

  /** Every profile of 1 to {@code maxOutcomes} outcomes, smallest first. */
  static Space<ImmutableList<OutcomeCertainty>> space(int maxOutcomes) {
    ImmutableList<ImmutableList<OutcomeCertainty>> profiles = Spaces.multisets(KINDS, 1, maxOutcomes)
        .map(OverallCertaintyPropertySet::counted)
        .collect(ImmutableList.toImmutableList());
    return Spaces.listed(
        "every profile of 1 to " + maxOutcomes + " outcomes: critical outcomes of each certainty favoring the intervention,"
            + " the comparison or neither, high or low not saying or favoring the intervention and sufficient alone, or low"
            + " with moderate also permitted; important outcomes very low saying nothing, or high favoring the intervention",
        profiles,
        OverallCertaintyPropertySet::describe);
  }

  /** Outcomes of these kinds, named o1, o2, ... in order. */
  private static ImmutableList<OutcomeCertainty> counted(List<Kind> kinds) {
    ImmutableList.Builder<OutcomeCertainty> counted = ImmutableList.builderWithExpectedSize(kinds.size());
    for (int i = 0; i < kinds.size(); i++) {
      counted.add(outcome(kinds.get(i), i));
    }
    return counted.build();
  }

  /** The outcome of a kind at a position. */
  private static OutcomeCertainty outcome(Kind kind, int position) {
    return OUTCOMES.computeIfAbsent(new Slot(kind, position), slot -> Cases.counted(
        "o" + (position + 1), kind.importance(), kind.permitted(), kind.favors(), kind.sufficientAlone()));
  }

  private static Kind kind(OutcomeCertainty counted) {
    return new Kind(counted.permitted(), counted.outcome().importance(), counted.outcome().favors(), counted.outcome().sufficientAlone());
  }

  /** {@code [LOW 9 INTERVENTION, HIGH 5 -, MODERATE|LOW 9 INTERVENTION]}: each outcome's certainties, importance and side. */
  static String describe(List<OutcomeCertainty> profile) {
    return profile.stream()
        .map(counted -> counted.permitted().members().stream().map(Certainty::name).collect(Collectors.joining("|")) + " "
            + counted.outcome().importance() + " " + counted.outcome().favors().map(Favors::name).orElse("-")
            + (counted.outcome().sufficientAlone() ? " alone" : ""))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private ImmutableList<Property<ImmutableList<OutcomeCertainty>>> all() {
    return ImmutableList.of(
        Property.determinism("the same profile always gets the same overall certainty", rule,
            rating -> rating.map(OverallRating::permitted).toString()),
        Property.explained("no-overall-certainty-exactly-without-a-critical-outcome",
            "there is an overall certainty when a critical outcome is in the profile, and none when none is",
            profile -> rule.apply(profile).value().isPresent() == !critical(profile).isEmpty()
                ? Optional.empty()
                : Optional.of(String.valueOf(rule.apply(profile).value().map(OverallRating::permitted)))),
        Property.explained("only-critical-outcomes-count",
            "leaving out the outcomes that are not critical never changes the overall certainty",
            profile -> same(profile, critical(profile), "with the critical outcomes only")),
        Property.explained("the-default-is-the-lowest-critical-outcome",
            "the default overall certainty is the lowest default certainty among the critical outcomes, and the outcome named as"
                + " deciding is a critical outcome of that certainty",
            profile -> overall(profile).flatMap(rating -> {
              Certainty lowest = critical(profile).stream().map(counted -> counted.permitted().byDefault())
                  .min((a, b) -> Integer.compare(a.rank(), b.rank())).orElseThrow();
              boolean decided = critical(profile).stream().anyMatch(counted -> counted.outcome().id().equals(rating.decidedBy())
                  && counted.permitted().byDefault() == rating.certainty());
              return rating.certainty() == lowest && decided
                  ? Optional.empty()
                  : Optional.of(rating.certainty() + " decided by " + rating.decidedBy() + ", not the lowest, " + lowest);
            })),
        Property.explained("never-above-the-highest-and-the-lowest-unless-a-sufficient-alone-outcome-is-marked",
            "the overall certainty is never above the highest critical outcome and equals the lowest unless a sufficient-alone"
                + " outcome is marked: without a critical outcome marked sufficient alone, or unless every critical outcome"
                + " favors the same alternative, exactly the certainties the lowest critical outcome can have are permitted",
            profile -> overall(profile).flatMap(rating -> {
              int highest = critical(profile).stream().mapToInt(counted -> counted.permitted().highest().rank()).max().orElseThrow();
              if (rating.permitted().highest().rank() > highest) {
                return Optional.of(rating.permitted() + ", above the highest critical outcome, " + Certainty.ofRank(highest));
              }
              boolean exception = sameSide(critical(profile)) && critical(profile).stream().anyMatch(c -> c.outcome().sufficientAlone());
              Set<Certainty> lowest = lowestReachable(critical(profile));
              return exception || rating.permitted().members().equals(lowest)
                  ? Optional.empty()
                  : Optional.of(rating.permitted().members() + ", not the lowest " + lowest);
            })),
        Property.explained("sufficient-alone-permits-its-certainty-when-all-favor-one-side",
            "when every critical outcome favors the intervention, or every one the comparison, the highest default certainty"
                + " among those marked sufficient alone is permitted, and every permitted certainty is reachable as the lowest or"
                + " as the highest of those",
            profile -> overall(profile).flatMap(rating -> {
              List<OutcomeCertainty> marked = critical(profile).stream().filter(c -> c.outcome().sufficientAlone()).toList();
              if (marked.isEmpty() || !sameSide(critical(profile))) {
                return Optional.empty();
              }
              Certainty highest = marked.stream().map(c -> c.permitted().byDefault())
                  .max((a, b) -> Integer.compare(a.rank(), b.rank())).orElseThrow();
              Set<Certainty> reachable = new TreeSet<>(lowestReachable(critical(profile)));
              reachable.addAll(highestReachable(marked));
              return rating.permitted().permits(highest) && reachable.equals(rating.permitted().members())
                  ? Optional.empty()
                  : Optional.of(rating.permitted().members() + ", expected " + highest + " among " + reachable);
            })),
        Property.explained("neither-and-silence-alike",
            "an outcome favoring NEITHER and one whose favors is not given count alike",
            profile -> same(profile, swapNeitherAndSilence(profile), "with NEITHER and no favors swapped")),
        Property.explained("order-does-not-matter",
            "listing the outcomes in reverse order never changes the overall certainty",
            profile -> same(profile, counted(profile.reverse().stream().map(OverallCertaintyPropertySet::kind).toList()), "reversed")),
        Property.explained("a-critical-outcome-favoring-neither-never-raises",
            "adding a critical outcome that favors neither alternative, of any certainty, never raises the default overall"
                + " certainty nor permits a higher one",
            profile -> {
              Optional<OverallRating> before = overall(profile);
              for (Certainty certainty : Certainty.values()) {
                List<Kind> kinds = new ArrayList<>(profile.stream().map(OverallCertaintyPropertySet::kind).toList());
                kinds.add(new Kind(PermittedCertainty.only(certainty), CRITICAL, Optional.of(Favors.NEITHER), false));
                ImmutableList<OutcomeCertainty> after = counted(kinds);
                OverallRating rating = overall(after).orElseThrow();
                if (before.isPresent() && (rating.certainty().rank() > before.get().certainty().rank()
                    || rating.permitted().highest().rank() > before.get().permitted().highest().rank())) {
                  return Optional.of(before.get().permitted() + ", but with " + describe(after) + ": " + rating.permitted());
                }
              }
              return Optional.empty();
            }));
  }

  private Optional<OverallRating> overall(List<OutcomeCertainty> profile) {
    return ratings.computeIfAbsent(profile, key -> rule.apply(key).value());
  }

  /** The default and every permitted certainty, without the words that name outcomes: {@code LOW [MODERATE, LOW]}. */
  private Optional<String> certainties(List<OutcomeCertainty> profile) {
    return overall(profile).map(rating -> rating.certainty() + " " + rating.permitted().members());
  }

  private Optional<String> same(ImmutableList<OutcomeCertainty> profile, ImmutableList<OutcomeCertainty> other, String what) {
    Optional<String> before = certainties(profile);
    Optional<String> after = certainties(other);
    return before.equals(after) ? Optional.empty() : Optional.of(before + ", but " + what + " " + describe(other) + ": " + after);
  }

  private static ImmutableList<OutcomeCertainty> critical(List<OutcomeCertainty> profile) {
    return profile.stream().filter(counted -> counted.outcome().critical()).collect(ImmutableList.toImmutableList());
  }

  /** Whether all the outcomes favor the intervention, or all the comparison. */
  private static boolean sameSide(List<OutcomeCertainty> outcomes) {
    Set<Optional<Favors>> sides = outcomes.stream().map(counted -> counted.outcome().favors()).collect(Collectors.toSet());
    return sides.equals(Set.of(Optional.of(Favors.INTERVENTION))) || sides.equals(Set.of(Optional.of(Favors.COMPARISON)));
  }

  /** The certainties the lowest of the outcomes can have, each having one of its permitted certainties. */
  private static Set<Certainty> lowestReachable(List<OutcomeCertainty> outcomes) {
    Set<Certainty> reachable = new TreeSet<>();
    for (Certainty candidate : Certainty.values()) {
      boolean someHasIt = outcomes.stream().anyMatch(counted -> counted.permitted().permits(candidate));
      boolean noneMustBeLower = outcomes.stream().allMatch(counted -> counted.permitted().highest().rank() >= candidate.rank());
      if (someHasIt && noneMustBeLower) {
        reachable.add(candidate);
      }
    }
    return reachable;
  }

  /** The certainties the highest of the outcomes can have, each having one of its permitted certainties. */
  private static Set<Certainty> highestReachable(List<OutcomeCertainty> outcomes) {
    Set<Certainty> reachable = new TreeSet<>();
    for (Certainty candidate : Certainty.values()) {
      boolean someHasIt = outcomes.stream().anyMatch(counted -> counted.permitted().permits(candidate));
      boolean noneMustBeHigher = outcomes.stream().allMatch(counted -> counted.permitted().lowest().rank() <= candidate.rank());
      if (someHasIt && noneMustBeHigher) {
        reachable.add(candidate);
      }
    }
    return reachable;
  }

  private static ImmutableList<OutcomeCertainty> swapNeitherAndSilence(List<OutcomeCertainty> profile) {
    return counted(profile.stream()
        .map(OverallCertaintyPropertySet::kind)
        .map(kind -> new Kind(kind.permitted(), kind.importance(), kind.favors().isEmpty()
            ? Optional.of(Favors.NEITHER)
            : kind.favors().filter(side -> side != Favors.NEITHER), kind.sufficientAlone()))
        .toList());
  }
}
