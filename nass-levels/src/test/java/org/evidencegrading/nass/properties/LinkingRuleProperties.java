package org.evidencegrading.nass.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.grades.ComponentGrade;
import org.evidencegrading.nass.grades.CompoundGrade;
import org.evidencegrading.nass.grades.DirectionCheck;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.grades.Indirectness;
import org.evidencegrading.nass.grades.PermittedGrades;
import org.evidencegrading.nass.grades.GradeOfRecommendation;
import org.evidencegrading.nass.grades.LinkingRow;
import org.evidencegrading.nass.grades.NassGrade;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.properties.PropertyResult;
import org.evidencegrading.properties.PropertyValidator;
import org.evidencegrading.properties.Validation;
import org.evidencegrading.testing.WrongRules;
import org.evidencegrading.trace.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NASS rules checked exhaustively against their properties (the linking rule and the direction
 * check over every body of evidence, the weakest-component rule over every compound statement, the
 * permitted grades over every grade under discretion), and the proof that the check has teeth:
 * deliberately wrong rules are caught with a minimal counterexample.
 */
class LinkingRuleProperties {

  private static final Validation DEFAULT = PropertyValidator.create().validate("NASS", NassPropertySets.of(5));

  /** The results by name; each space has its own "determinism", and the first (the linking rule's) is kept. */
  private static Map<String, PropertyResult> byName(Validation validation) {
    return validation.properties().stream().collect(Collectors.toMap(PropertyResult::name, Function.identity(), (first, other) -> first));
  }

  private static Map<String, PropertyResult> with(NassRules rules) {
    return byName(PropertyValidator.create().validate("NASS", NassPropertySets.of(5, rules)));
  }

  @Test
  void everyPropertyHoldsOverEveryCaseOfItsSpace() {
    assertTrue(DEFAULT.holds(), () -> DEFAULT.failures().toString());
    assertEquals(17 + 5 + 5, DEFAULT.properties().size());
    // 15 kinds of study; multisets of 0 to 5 of them: 1 + 15 + 120 + 680 + 3060 + 11628
    assertEquals(17, DEFAULT.properties().stream().filter(result -> result.cases() == 15_504).count());
    // 7 component grades; multisets of 1 to 4 of them: 7 + 28 + 84 + 210
    assertEquals(5, DEFAULT.properties().stream().filter(result -> result.cases() == 329).count());
    // 4 derived grades x without or with indirect evidence x nothing or A, B, C, I published
    assertEquals(5, DEFAULT.properties().stream().filter(result -> result.cases() == 40).count());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void holdsOverSmallerSpacesToo(int maxStudies) {
    Validation validation = PropertyValidator.create().validate("NASS", NassPropertySets.of(maxStudies));
    assertTrue(validation.holds(), () -> validation.failures().toString());
  }

  /** The real rule, except that any disagreement gives I: the footnote on a single outlier is ignored. */
  private static final Rule<ImmutableList<Evidence>, NassGrade> IGNORES_THE_FOOTNOTE = WrongRules.of("ignores-footnote", body -> {
    boolean both = body.stream().anyMatch(e -> e.finding() == Finding.SUPPORTS)
        && body.stream().anyMatch(e -> e.finding() == Finding.OPPOSES);
    return both
        ? NassGrade.builder().grade(Grade.I).row(LinkingRow.I_INCONSISTENT_FINDINGS).build()
        : GradeOfRecommendation.rule().apply(body).value();
  });

  /** The real rule, except that a single Level I study gives A. */
  private static final Rule<ImmutableList<Evidence>, NassGrade> SINGLE_LEVEL_I_GIVES_A = WrongRules.of("single-level-I-gives-A", body -> {
    NassGrade real = GradeOfRecommendation.rule().apply(body).value();
    List<Evidence> decisive = body.stream().filter(e -> e.finding() != Finding.INCONCLUSIVE).toList();
    if (decisive.size() == 1 && decisive.get(0).level() == Level.I) {
      Direction direction = decisive.get(0).finding() == Finding.SUPPORTS ? Direction.FOR : Direction.AGAINST;
      return NassGrade.builder().grade(Grade.A).direction(direction).row(LinkingRow.A_TWO_OR_MORE_LEVEL_I).build();
    }
    return real;
  });

  @Test
  void catchesARuleThatIgnoresTheOutlierFootnoteWithAMinimalCounterexample() {
    Map<String, PropertyResult> results = with(NassRules.builder().linking(IGNORES_THE_FOOTNOTE).build());

    PropertyResult footnote = results.get("outlier-footnote");
    assertEquals("[I+ I+ I-]: I, but without the outlier [I+ I+]: A for", footnote.counterexamples().get(0));
    assertEquals(3, footnote.counterexamples().size());
  }

  @Test
  void catchesARuleThatLetsASingleLevelOneStudyGiveA() {
    Map<String, PropertyResult> results = with(NassRules.builder().linking(SINGLE_LEVEL_I_GIVES_A).build());

    assertEquals(List.of("[I+]: A for"), results.get("single-study-gives-I").counterexamples().subList(0, 1));
    assertEquals("[I+]: A with 1 consistent Level I studies", results.get("A-needs-two-consistent-level-I-studies").counterexamples().get(0));
    assertTrue(results.get("determinism").holds());
  }

  @Test
  void catchesADirectionCheckThatComparesLettersOnly() {
    // the rule before revision 2: "X is recommended" with two opposing Level I studies agreed
    Rule<DirectionCheck, Boolean> lettersOnly = WrongRules.of("letters-only", check -> true);

    PropertyResult direction = with(NassRules.builder().direction(lettersOnly).build())
        .get("direction-mismatch-exactly-when-the-consistent-evidence-opposes");

    assertEquals("[I- I-]: A against, published A: not contradicted", direction.counterexamples().get(0));
  }

  @Test
  void catchesACompoundRuleThatTakesTheStrongestComponent() {
    Rule<ImmutableList<ComponentGrade>, CompoundGrade> strongest = WrongRules.of("strongest", components -> {
      ComponentGrade best = components.stream().min(java.util.Comparator.comparing(c -> c.grade().ordinal())).orElseThrow();
      return CompoundGrade.builder().grade(best.grade()).direction(best.direction()).addWeakest(best.component()).build();
    });

    Map<String, PropertyResult> results = with(NassRules.builder().compound(strongest).build());

    assertEquals("[A+ B+]: A for, above c2: B for", results.get("compound-never-above-a-component").counterexamples().get(0));
    assertTrue(results.get("compound-is-the-weakest-component").holds(), "the strongest is still some component's grade");
  }

  @Test
  void catchesADiscretionRuleThatPermitsTwoStepsBelow() {
    Rule<Indirectness, PermittedGrades> twoSteps = WrongRules.of("two-steps", input -> {
      ImmutableList.Builder<Grade> grades = ImmutableList.<Grade>builder().add(input.derived());
      if (!input.indirect().isEmpty()) {
        input.derived().oneStepBelow().ifPresent(grades::add);
        input.derived().oneStepBelow().flatMap(Grade::oneStepBelow).ifPresent(grades::add);
      }
      ImmutableList<Grade> permitted = grades.build();
      return PermittedGrades.builder().addAllGrades(permitted).used(input.published().filter(permitted::contains)).build();
    });

    Map<String, PropertyResult> results = with(NassRules.builder().discretion(twoSteps).build());

    assertEquals("A, s1 indirect, nothing published: permitted [A, B, C]",
        results.get("indirect-evidence-permits-one-step-below").counterexamples().get(0));
    assertTrue(results.get("direct-evidence-permits-only-the-derived-grade").holds());
  }
}
