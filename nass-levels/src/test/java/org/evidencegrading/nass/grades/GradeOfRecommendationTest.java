package org.evidencegrading.nass.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The linking table (NASS, p. 13), row by row. Bodies of evidence are written as levels with a
 * finding: {@code +} supports, {@code -} opposes, {@code ?} inconclusive; e.g. {@code "I+ II+ IV-"}.
 */
class GradeOfRecommendationTest {

  /** Parses {@code "I+ II+ IV-"} into studies s1, s2, s3. */
  static ImmutableList<Evidence> body(String notation) {
    ImmutableList.Builder<Evidence> body = ImmutableList.builder();
    String[] studies = notation.isBlank() ? new String[0] : notation.trim().split("\\s+");
    for (int i = 0; i < studies.length; i++) {
      String study = studies[i];
      char sign = study.charAt(study.length() - 1);
      Finding finding = sign == '+' ? Finding.SUPPORTS : sign == '-' ? Finding.OPPOSES : Finding.INCONCLUSIVE;
      body.add(Evidence.of("s" + (i + 1), Level.valueOf(study.substring(0, study.length() - 1)), finding));
    }
    return body.build();
  }

  @ParameterizedTest(name = "[{0}] -> {1} {2} by {3}")
  @CsvSource({
    // A: two or more consistent Level I studies
    "'I+ I+',              A, FOR,     A_TWO_OR_MORE_LEVEL_I",
    "'I- I- I-',           A, AGAINST, A_TWO_OR_MORE_LEVEL_I",
    "'I+ I+ IV+',          A, FOR,     A_TWO_OR_MORE_LEVEL_I",
    // B: one Level I study with additional supporting Level II or III studies
    "'I+ II+',             B, FOR,     B_LEVEL_I_WITH_II_OR_III",
    "'I+ III+ IV+',        B, FOR,     B_LEVEL_I_WITH_II_OR_III",
    // B: two or more consistent Level II or III studies
    "'II+ III+',           B, FOR,     B_TWO_OR_MORE_II_OR_III",
    "'III- III-',          B, AGAINST, B_TWO_OR_MORE_II_OR_III",
    // C: one Level I, II, III, or IV study with supporting Level IV studies
    "'I+ IV+',             C, FOR,     C_ONE_STUDY_WITH_LEVEL_IV",
    "'II+ IV+ IV+',        C, FOR,     C_ONE_STUDY_WITH_LEVEL_IV",
    "'III- IV-',           C, AGAINST, C_ONE_STUDY_WITH_LEVEL_IV",
    // C: two or more consistent Level IV studies (Level V counts with IV: "Level IV or V studies")
    "'IV+ IV+',            C, FOR,     C_TWO_OR_MORE_LEVEL_IV",
    "'IV+ V+',             C, FOR,     C_TWO_OR_MORE_LEVEL_IV",
    // I: a single study without other supporting evidence
    "'I+',                 I, ,        I_SINGLE_STUDY",
    "'IV-',                I, ,        I_SINGLE_STUDY",
    "'I+ II?',             I, ,        I_SINGLE_STUDY",
    // I: more than one study with inconsistent findings
    "'I+ I-',              I, ,        I_INCONSISTENT_FINDINGS",
    "'IV+ IV-',            I, ,        I_INCONSISTENT_FINDINGS",
    "'I+ I+ I- I-',        I, ,        I_INCONSISTENT_FINDINGS",
    // footnote: multiple consistent studies and a single outlying, inconsistent study
    "'III+ III+ IV-',      B, FOR,     B_TWO_OR_MORE_II_OR_III",
    "'I+ I+ I-',           A, FOR,     A_TWO_OR_MORE_LEVEL_I",
    "'IV- IV- I+',         C, AGAINST, C_TWO_OR_MORE_LEVEL_IV",
    // inconclusive findings neither support nor make the body inconsistent
    "'II+ III+ I?',        B, FOR,     B_TWO_OR_MORE_II_OR_III",
    "'II? III?',           I, ,        I_NO_CONSISTENT_EVIDENCE",
    "'',                   I, ,        I_NO_CONSISTENT_EVIDENCE",
  })
  void gradesByTheRowThatHolds(String notation, Grade grade, Direction direction, LinkingRow row) {
    Derivation<NassGrade> derived = GradeOfRecommendation.rule().apply(body(notation));

    assertEquals(grade, derived.value().grade());
    assertEquals(Optional.ofNullable(direction), derived.value().direction());
    assertEquals(row, derived.value().row());
    assertEquals(row.id(), derived.step().rule());
  }

  @Test
  void theExplanationNamesTheRowAndTheStudiesItCounted() {
    Derivation<NassGrade> derived = GradeOfRecommendation.rule().apply(body("I+ III+ I+ IV?"));

    assertEquals(List.of("s1", "s3"), derived.value().counted());
    assertEquals(List.of(
            "every study that found either way supports the statement: s1 (I), s2 (III), s3 (I)"
                + " (inconclusive, set aside: s4 (IV)) -> consistent for",
            "Grade A row, two or more consistent Level I studies: s1 (I), s3 (I) (and 1 more consistent study) -> A for"),
        derived.trace().steps().stream().map(s -> s.reason() + " -> " + s.outcome()).toList());
  }

  @Test
  void theFootnoteSetsTheOutlierAsideAndSaysSo() {
    Derivation<NassGrade> derived = GradeOfRecommendation.rule().apply(body("III+ III+ IV-"));
    Step consistency = derived.trace().steps().get(0);
    assertEquals(Consistency.ID, consistency.rule());
    assertEquals("consistent for, outlier set aside", consistency.outcome());
    assertEquals("multiple consistent studies (s1 (III), s2 (III)) and a single outlying, inconsistent study"
        + " (s3 (Level IV, opposes)): the grade is based on the consistent studies", consistency.reason());
  }

  @Test
  void levelFiveStudiesWereCalledLevelFourInTraces() {
    // Level V counts with IV in the linking rows ("C: Poor quality evidence (Level IV or V studies)"),
    // but the rows' words used to call the studies "Level IV studies".
    Derivation<NassGrade> twoFives = GradeOfRecommendation.rule().apply(body("V+ V+"));
    assertEquals(Grade.C, twoFives.value().grade());
    assertEquals("Grade C row, two or more consistent Level IV or V studies: s1 (V), s2 (V)", twoFives.step().reason());

    Derivation<NassGrade> withAFive = GradeOfRecommendation.rule().apply(body("II+ V+"));
    assertEquals(LinkingRow.C_ONE_STUDY_WITH_LEVEL_IV, withAFive.value().row());
    assertEquals("Grade C row, one Level I, II, III, IV or V study with supporting Level IV or V studies: s1 (II), s2 (V)",
        withAFive.step().reason());
  }

  @Test
  void everyRowDecidesSomeBody() {
    java.util.Map<LinkingRow, String> witnesses = new java.util.EnumMap<>(LinkingRow.class);
    for (String notation : List.of("I+ I+", "I+ II+", "II+ II+", "I+ IV+", "IV+ IV+", "I+", "", "I+ I-")) {
      witnesses.put(GradeOfRecommendation.rule().apply(body(notation)).value().row(), notation);
    }
    assertEquals(java.util.EnumSet.allOf(LinkingRow.class), witnesses.keySet());
  }
}
