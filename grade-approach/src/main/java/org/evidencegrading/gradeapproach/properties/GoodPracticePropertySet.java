package org.evidencegrading.gradeapproach.properties;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriterion;
import org.evidencegrading.gradeapproach.strength.GoodPracticeStatement;
import org.evidencegrading.properties.Property;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;

/**
 * The properties of the good practice criteria, over every verdict on the five criteria (32 cases,
 * fewest unmet first): a statement is good practice exactly when all five are met, and the
 * explanation names every criterion not met.
 *
 * <p>The rule under test is a parameter, so that a test can show the properties catch a wrong one.
 */
public final class GoodPracticePropertySet {

  private final Rule<GoodPracticeCriteria, Boolean> rule;

  private GoodPracticePropertySet(Rule<GoodPracticeCriteria, Boolean> rule) {
    this.rule = rule;
  }

  /** The properties of the good practice rule. */
  public static PropertyGroup<GoodPracticeCriteria> of() {
    return of(GoodPracticeStatement.rule());
  }

  /** The same properties of another rule. */
  public static PropertyGroup<GoodPracticeCriteria> of(Rule<GoodPracticeCriteria, Boolean> rule) {
    return PropertyGroup.of(space(), new GoodPracticePropertySet(rule).all());
  }

  /** Every verdict on the five criteria, fewest unmet first. */
  static Space<GoodPracticeCriteria> space() {
    int criteria = GoodPracticeCriterion.values().length;
    ImmutableList.Builder<GoodPracticeCriteria> cases = ImmutableList.builder();
    for (int unmet = 0; unmet <= criteria; unmet++) {
      for (int bits = 0; bits < 1 << criteria; bits++) {
        if (Integer.bitCount(bits) == unmet) {
          cases.add(GoodPracticeCriteria.builder()
              .necessary((bits & 1) == 0)
              .netBenefitClear((bits & 2) == 0)
              .evidenceCollectionPoorUseOfResources((bits & 4) == 0)
              .rationaleExplicit((bits & 8) == 0)
              .actionable((bits & 16) == 0)
              .build());
        }
      }
    }
    return Spaces.listed("every verdict on the five criteria of a good practice statement", cases.build(),
        GoodPracticePropertySet::describe);
  }

  /** {@code [not met: necessary, actionable]}. */
  static String describe(GoodPracticeCriteria criteria) {
    return criteria.unmet().isEmpty()
        ? "[all met]"
        : criteria.unmet().stream().map(GoodPracticeCriterion::field).collect(Collectors.joining(", ", "[not met: ", "]"));
  }

  private ImmutableList<Property<GoodPracticeCriteria>> all() {
    return ImmutableList.of(
        Property.explained("good-practice-exactly-when-all-five-are-met",
            "a statement is good practice when all five criteria are met, and only then",
            criteria -> {
              boolean allMet = Arrays.stream(GoodPracticeCriterion.values()).allMatch(criterion -> criterion.metBy(criteria));
              boolean derived = rule.apply(criteria).value();
              return derived == allMet ? Optional.empty() : Optional.of(derived ? "good practice" : "not good practice");
            }),
        Property.explained("every-unmet-criterion-is-named",
            "the explanation names every criterion that is not met",
            criteria -> {
              Derivation<Boolean> verdict = rule.apply(criteria);
              String explanation = verdict.step().reason();
              return criteria.unmet().stream()
                  .filter(criterion -> !explanation.contains(criterion.words()))
                  .findFirst()
                  .map(criterion -> "\"" + explanation + "\" does not name " + criterion.field());
            }));
  }
}
