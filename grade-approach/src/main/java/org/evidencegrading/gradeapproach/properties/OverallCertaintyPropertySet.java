package org.evidencegrading.gradeapproach.properties;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.certainty.OverallCertainty;
import org.evidencegrading.gradeapproach.certainty.OverallRating;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.properties.Property;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.trace.Rule;

/**
 * The properties of the overall certainty, over every outcome profile of one to {@code maxOutcomes}
 * outcomes with at least one critical outcome. A profile is a multiset of 18 kinds of rated outcome:
 * critical (importance 9) of each certainty, favoring the intervention, the comparison, neither, or
 * not saying (16 kinds); and two non-critical kinds (importance 5), very low certainty not saying
 * what it favors and high certainty favoring the intervention, which a rule that counted
 * non-critical outcomes could not get past. The certainty does not depend on the order of the
 * outcomes (a property, checked on the reversed order), so each profile is enumerated once; outcomes
 * are named o1, o2, ... in their order. 33,628 profiles up to 5 outcomes.
 *
 * <p>The properties: determinism, only critical outcomes counting, the deciding outcome being a
 * critical one of that certainty, the lowest certainty unless all critical outcomes favor the same
 * alternative and the highest when they do, {@code NEITHER} and no {@code favors} alike, order
 * independence, and a critical outcome favoring neither never raising the certainty.
 *
 * <p>The rule under test is a parameter, so that a test can show the properties catch a wrong one.
 */
public final class OverallCertaintyPropertySet {

  /** A kind of rated outcome: its certainty, importance, and what it favors. */
  private record Kind(Certainty certainty, int importance, Optional<Favors> favors) {}

  private static final int CRITICAL = 9;
  private static final int IMPORTANT = 5;
  private static final ImmutableList<Kind> KINDS = kinds();

  private final Rule<List<RatedOutcome>, OverallRating> rule;

  private OverallCertaintyPropertySet(Rule<List<RatedOutcome>, OverallRating> rule) {
    this.rule = rule;
  }

  /** The properties of the overall-certainty rule, over profiles of up to {@code maxOutcomes} outcomes. */
  public static PropertyGroup<ImmutableList<RatedOutcome>> of(int maxOutcomes) {
    return of(maxOutcomes, OverallCertainty.rule());
  }

  /** The same properties of another rule. */
  public static PropertyGroup<ImmutableList<RatedOutcome>> of(int maxOutcomes, Rule<List<RatedOutcome>, OverallRating> rule) {
    return PropertyGroup.of(space(maxOutcomes), new OverallCertaintyPropertySet(rule).all());
  }

  private static ImmutableList<Kind> kinds() {
    ImmutableList.Builder<Kind> kinds = ImmutableList.builder();
    List<Optional<Favors>> favors = new ArrayList<>();
    for (Favors side : Favors.values()) {
      favors.add(Optional.of(side));
    }
    favors.add(Optional.empty());
    for (Certainty certainty : Certainty.values()) {
      for (Optional<Favors> side : favors) {
        kinds.add(new Kind(certainty, CRITICAL, side));
      }
    }
    kinds.add(new Kind(Certainty.VERY_LOW, IMPORTANT, Optional.empty()));
    kinds.add(new Kind(Certainty.HIGH, IMPORTANT, Optional.of(Favors.INTERVENTION)));
    return kinds.build();
  }

  /** Every profile of 1 to {@code maxOutcomes} outcomes with a critical one, smallest first. */
  static Space<ImmutableList<RatedOutcome>> space(int maxOutcomes) {
    ImmutableList<ImmutableList<RatedOutcome>> profiles = Spaces.multisets(KINDS, 1, maxOutcomes)
        .filter(profile -> profile.stream().anyMatch(kind -> kind.importance() == CRITICAL))
        .map(OverallCertaintyPropertySet::rated)
        .collect(ImmutableList.toImmutableList());
    return Spaces.listed(
        "every profile of 1 to " + maxOutcomes + " outcomes with a critical one: critical outcomes of each certainty"
            + " favoring the intervention, the comparison, neither or not saying; important outcomes very low saying"
            + " nothing, or high favoring the intervention",
        profiles,
        OverallCertaintyPropertySet::describe);
  }

  /** Rated outcomes of these kinds, named o1, o2, ... in order. */
  private static ImmutableList<RatedOutcome> rated(List<Kind> kinds) {
    ImmutableList.Builder<RatedOutcome> rated = ImmutableList.builder();
    for (int i = 0; i < kinds.size(); i++) {
      Kind kind = kinds.get(i);
      rated.add(Cases.rated("o" + (i + 1), kind.importance(), kind.certainty(), kind.favors()));
    }
    return rated.build();
  }

  private static Kind kind(RatedOutcome rated) {
    return new Kind(rated.certainty(), rated.outcome().importance(), rated.outcome().favors());
  }

  /** {@code [LOW 9 INTERVENTION, HIGH 5 -]}: each outcome's certainty, importance and what it favors. */
  static String describe(List<RatedOutcome> profile) {
    return profile.stream()
        .map(rated -> rated.certainty().name() + " " + rated.outcome().importance() + " "
            + rated.outcome().favors().map(Favors::name).orElse("-"))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private ImmutableList<Property<ImmutableList<RatedOutcome>>> all() {
    return ImmutableList.of(
        Property.determinism("the same profile always gets the same overall certainty", rule, OverallRating::toString),
        Property.explained("only-critical-outcomes-count",
            "leaving out the outcomes that are not critical never changes the overall certainty",
            profile -> same(profile, critical(profile), "with the critical outcomes only")),
        Property.explained("decided-by-a-critical-outcome",
            "the outcome named as deciding is a critical outcome of the overall certainty",
            profile -> {
              OverallRating rating = rule.apply(profile).value();
              boolean found = critical(profile).stream()
                  .anyMatch(rated -> rated.outcome().id().equals(rating.decidedBy()) && rated.certainty() == rating.certainty());
              return found ? Optional.empty() : Optional.of(rating.certainty() + " decided by " + rating.decidedBy());
            }),
        Property.explained("lowest-unless-all-favor-the-same-alternative",
            "unless every critical outcome favors the intervention or every one the comparison, the overall certainty is"
                + " the lowest among the critical outcomes",
            profile -> sameSide(critical(profile)) ? Optional.empty() : expect(profile, extreme(profile, false), "the lowest")),
        Property.explained("highest-when-all-favor-the-same-alternative",
            "when every critical outcome favors the intervention, or every one the comparison, the overall certainty is the"
                + " highest among them",
            profile -> sameSide(critical(profile)) ? expect(profile, extreme(profile, true), "the highest") : Optional.empty()),
        Property.explained("neither-and-silence-alike",
            "an outcome favoring NEITHER and one whose favors is not given count alike",
            profile -> same(profile, swapNeitherAndSilence(profile), "with NEITHER and no favors swapped")),
        Property.explained("order-does-not-matter",
            "listing the outcomes in reverse order never changes the overall certainty",
            profile -> same(profile, rated(profile.reverse().stream().map(OverallCertaintyPropertySet::kind).toList()), "reversed")),
        Property.explained("a-critical-outcome-favoring-neither-never-raises",
            "adding a critical outcome that favors neither alternative, of any certainty, never raises the overall certainty",
            profile -> {
              Certainty before = certainty(profile);
              for (Certainty certainty : Certainty.values()) {
                List<Kind> kinds = new ArrayList<>(profile.stream().map(OverallCertaintyPropertySet::kind).toList());
                kinds.add(new Kind(certainty, CRITICAL, Optional.of(Favors.NEITHER)));
                ImmutableList<RatedOutcome> after = rated(kinds);
                if (certainty(after).rank() > before.rank()) {
                  return Optional.of(before + ", but with " + describe(after) + ": " + certainty(after));
                }
              }
              return Optional.empty();
            }));
  }

  private Certainty certainty(List<RatedOutcome> profile) {
    return rule.apply(profile).value().certainty();
  }

  private Optional<String> same(ImmutableList<RatedOutcome> profile, ImmutableList<RatedOutcome> other, String what) {
    Certainty before = certainty(profile);
    Certainty after = certainty(other);
    return before == after ? Optional.empty() : Optional.of(before + ", but " + what + " " + describe(other) + ": " + after);
  }

  private Optional<String> expect(ImmutableList<RatedOutcome> profile, Certainty expected, String which) {
    Certainty derived = certainty(profile);
    return derived == expected ? Optional.empty() : Optional.of(derived + ", not " + which + ", " + expected);
  }

  private static ImmutableList<RatedOutcome> critical(List<RatedOutcome> profile) {
    return profile.stream().filter(rated -> rated.outcome().critical()).collect(ImmutableList.toImmutableList());
  }

  /** Whether all the outcomes favor the intervention, or all the comparison. */
  private static boolean sameSide(List<RatedOutcome> outcomes) {
    Set<Optional<Favors>> sides = outcomes.stream().map(rated -> rated.outcome().favors()).collect(Collectors.toSet());
    return sides.equals(Set.of(Optional.of(Favors.INTERVENTION))) || sides.equals(Set.of(Optional.of(Favors.COMPARISON)));
  }

  /** The highest or the lowest certainty among the critical outcomes. */
  private static Certainty extreme(List<RatedOutcome> profile, boolean highest) {
    Comparator<Certainty> byRank = Comparator.comparingInt(Certainty::rank);
    return critical(profile).stream()
        .map(RatedOutcome::certainty)
        .max(highest ? byRank : byRank.reversed())
        .orElseThrow();
  }

  private static ImmutableList<RatedOutcome> swapNeitherAndSilence(List<RatedOutcome> profile) {
    return rated(profile.stream()
        .map(OverallCertaintyPropertySet::kind)
        .map(kind -> new Kind(kind.certainty(), kind.importance(), kind.favors().isEmpty()
            ? Optional.of(Favors.NEITHER)
            : kind.favors().filter(side -> side != Favors.NEITHER)))
        .toList());
  }
}
