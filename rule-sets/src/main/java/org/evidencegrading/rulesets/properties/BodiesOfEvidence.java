package org.evidencegrading.rulesets.properties;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.rulesets.definition.Level;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.rulesets.grading.Evidence;
import org.evidencegrading.rulesets.model.Finding;

/**
 * Every body of evidence of up to {@code maxStudies} studies, each of one of a rule set's levels
 * and supporting, opposing or inconclusive (and, with indirectness, applying directly or only
 * indirectly). A grade does not depend on the order of the studies, so each body is enumerated once,
 * as a multiset, smallest first; studies are named s1, s2, ... in their order.
 */
public final class BodiesOfEvidence implements Space<ImmutableList<Evidence>> {

  private final RuleSet rules;
  private final int maxStudies;
  private final boolean indirect;
  private final ImmutableList<Evidence> kinds;

  /**
   * @param indirect whether studies may also apply only indirectly
   */
  BodiesOfEvidence(RuleSet rules, int maxStudies, boolean indirect) {
    this.rules = rules;
    this.maxStudies = maxStudies;
    this.indirect = indirect;
    ImmutableList.Builder<Evidence> kinds = ImmutableList.builder();
    for (Level level : rules.levels()) {
      for (Finding finding : Finding.values()) {
        kinds.add(Evidence.of("", level.id(), finding, false));
        if (indirect) {
          kinds.add(Evidence.of("", level.id(), finding, true));
        }
      }
    }
    this.kinds = kinds.build();
  }

  @Override
  public String description() {
    return "every body of evidence of up to " + maxStudies + " studies, each of the " + rules.levels().size() + " levels of "
        + rules.id() + " supporting, opposing or inconclusive" + (indirect ? ", directly or only indirectly" : "");
  }

  @Override
  public Stream<ImmutableList<Evidence>> cases() {
    return Spaces.multisets(kinds, 0, maxStudies).map(BodiesOfEvidence::named);
  }

  /** The kinds as a body, the studies named s1, s2, ... in order. */
  static ImmutableList<Evidence> named(List<Evidence> kinds) {
    ImmutableList.Builder<Evidence> body = ImmutableList.builderWithExpectedSize(kinds.size());
    for (int i = 0; i < kinds.size(); i++) {
      Evidence kind = kinds.get(i);
      body.add(Evidence.of("s" + (i + 1), kind.level(), kind.finding(), kind.indirect()));
    }
    return body.build();
  }

  @Override
  public String describe(ImmutableList<Evidence> body) {
    return write(body);
  }

  /**
   * A body written out: {@code [I+ II- IV?]}, + supports, - opposes, ? inconclusive, ~ indirect; a
   * colon separates a level that ends in a sign from its finding ({@code [1++:+ 2-:-]}).
   */
  static String write(List<Evidence> body) {
    return body.stream()
        .map(e -> e.level() + (Character.isLetterOrDigit(e.level().charAt(e.level().length() - 1)) ? "" : ":") + sign(e.finding())
            + (e.indirect() ? "~" : ""))
        .collect(Collectors.joining(" ", "[", "]"));
  }

  static String sign(Finding finding) {
    return switch (finding) {
      case SUPPORTS -> "+";
      case OPPOSES -> "-";
      case INCONCLUSIVE -> "?";
    };
  }

  @Override
  public String toString() {
    return description();
  }
}
