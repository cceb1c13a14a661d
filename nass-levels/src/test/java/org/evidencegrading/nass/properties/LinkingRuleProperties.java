package org.evidencegrading.nass.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.grades.GradeOfRecommendation;
import org.evidencegrading.nass.grades.LinkingRow;
import org.evidencegrading.nass.grades.NassGrade;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.properties.PropertyResult;
import org.evidencegrading.properties.PropertyValidator;
import org.evidencegrading.properties.Validation;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NASS linking rule checked exhaustively against its properties, and the proof that the check
 * has teeth: deliberately wrong rules are caught with a minimal counterexample.
 */
class LinkingRuleProperties {

  private static final Validation DEFAULT = PropertyValidator.create().validate("NASS", NassPropertySets.of(5));

  private static Map<String, PropertyResult> byName(Validation validation) {
    return validation.properties().stream().collect(Collectors.toMap(PropertyResult::name, Function.identity()));
  }

  @Test
  void everyPropertyHoldsOverEveryBodyOfUpToFiveStudies() {
    assertTrue(DEFAULT.holds(), () -> DEFAULT.failures().toString());
    assertEquals(16, DEFAULT.properties().size());
    // 15 kinds of study; multisets of 0 to 5 of them: 1 + 15 + 120 + 680 + 3060 + 11628
    DEFAULT.properties().forEach(result -> assertEquals(15_504, result.cases(), result.name()));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void holdsOverSmallerSpacesToo(int maxStudies) {
    Validation validation = PropertyValidator.create().validate("NASS", NassPropertySets.of(maxStudies));
    assertTrue(validation.holds(), () -> validation.failures().toString());
  }

  /** The real rule, except that any disagreement gives I: the footnote on a single outlier is ignored. */
  private static final Rule<ImmutableList<Evidence>, NassGrade> IGNORES_THE_FOOTNOTE = wrong("ignores-footnote", body -> {
    boolean both = body.stream().anyMatch(e -> e.finding() == Finding.SUPPORTS)
        && body.stream().anyMatch(e -> e.finding() == Finding.OPPOSES);
    return both
        ? NassGrade.builder().grade(Grade.I).row(LinkingRow.I_INCONSISTENT_FINDINGS).build()
        : GradeOfRecommendation.rule().apply(body).value();
  });

  /** The real rule, except that a single Level I study gives A. */
  private static final Rule<ImmutableList<Evidence>, NassGrade> SINGLE_LEVEL_I_GIVES_A = wrong("single-level-I-gives-A", body -> {
    NassGrade real = GradeOfRecommendation.rule().apply(body).value();
    List<Evidence> decisive = body.stream().filter(e -> e.finding() != Finding.INCONCLUSIVE).toList();
    if (decisive.size() == 1 && decisive.get(0).level() == Level.I) {
      Direction direction = decisive.get(0).finding() == Finding.SUPPORTS ? Direction.FOR : Direction.AGAINST;
      return NassGrade.builder().grade(Grade.A).direction(direction).row(LinkingRow.A_TWO_OR_MORE_LEVEL_I).build();
    }
    return real;
  });

  private static Rule<ImmutableList<Evidence>, NassGrade> wrong(String id, Function<ImmutableList<Evidence>, NassGrade> grade) {
    return new Rule<>() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String source() {
        return "a deliberately wrong rule";
      }

      @Override
      public Derivation<NassGrade> apply(ImmutableList<Evidence> body) {
        NassGrade wrong = grade.apply(body);
        return Derivation.of(wrong, step().outcome(wrong.toString()).reason("wrong on purpose").build());
      }
    };
  }

  @Test
  void catchesARuleThatIgnoresTheOutlierFootnoteWithAMinimalCounterexample() {
    Map<String, PropertyResult> results = byName(PropertyValidator.create().validate("NASS", NassPropertySets.of(5, IGNORES_THE_FOOTNOTE)));

    PropertyResult footnote = results.get("outlier-footnote");
    assertEquals("[I+ I+ I-]: I, but without the outlier [I+ I+]: A for", footnote.counterexamples().get(0));
    assertEquals(3, footnote.counterexamples().size());
  }

  @Test
  void catchesARuleThatLetsASingleLevelOneStudyGiveA() {
    Map<String, PropertyResult> results = byName(PropertyValidator.create().validate("NASS", NassPropertySets.of(5, SINGLE_LEVEL_I_GIVES_A)));

    assertEquals(List.of("[I+]: A for"), results.get("single-study-gives-I").counterexamples().subList(0, 1));
    assertEquals("[I+]: A with 1 consistent Level I studies", results.get("A-needs-two-consistent-level-I-studies").counterexamples().get(0));
    assertTrue(results.get("determinism").holds());
  }
}
