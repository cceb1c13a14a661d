package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;

/**
 * The rows of "Linking Levels of Evidence to Grades of Recommendation" (NASS guideline on
 * neoplastic vertebral fractures, 2024, p. 13), each as a rule over a consistent body of evidence:
 * the studies left after inconclusive findings are set aside and the {@link Consistency footnote}
 * is applied. {@link #decide} tries the rows best grade first; the first that holds gives the grade.
 *
 * <p>Level V (expert opinion) counts with Level IV, as the table of grades for summaries of studies
 * says: "C: Poor quality evidence (Level IV or V studies)". The rows' words say so ("Level IV or V
 * studies"), so that a trace never calls a Level V study Level IV.
 */
public enum LinkingRow {

  /**
   * A, Recommended: "Two or more consistent Level I studies".
   */
  A_TWO_OR_MORE_LEVEL_I("nass.linking.a.two-level-i", Grade.A, "two or more consistent Level I studies") {
    @Override
    boolean holds(Counts counts) {
      return counts.levelI >= 2;
    }
  },

  /**
   * B, Suggested: "One Level I study with additional supporting Level II or III studies".
   */
  B_LEVEL_I_WITH_II_OR_III("nass.linking.b.level-i-with-ii-iii", Grade.B, "one Level I study with additional supporting Level II or III studies") {
    @Override
    boolean holds(Counts counts) {
      return counts.levelI == 1 && counts.levelIIorIII >= 1;
    }
  },

  /**
   * B, Suggested: "Two or more consistent Level II or III studies".
   */
  B_TWO_OR_MORE_II_OR_III("nass.linking.b.two-level-ii-iii", Grade.B, "two or more consistent Level II or III studies") {
    @Override
    boolean holds(Counts counts) {
      return counts.levelIIorIII >= 2;
    }
  },

  /**
   * C, May be considered; is an option: "One Level I, II, III, or IV study with supporting Level IV
   * studies", Level V counted with IV.
   */
  C_ONE_STUDY_WITH_LEVEL_IV("nass.linking.c.one-with-level-iv", Grade.C,
      "one Level I, II, III, IV or V study with supporting Level IV or V studies") {
    @Override
    boolean holds(Counts counts) {
      return counts.total >= 2 && counts.levelIVorV >= 1 && counts.levelIVorV < counts.total;
    }
  },

  /**
   * C, May be considered; is an option: "Two or more consistent Level IV studies", Level V counted
   * with IV.
   */
  C_TWO_OR_MORE_LEVEL_IV("nass.linking.c.two-level-iv", Grade.C, "two or more consistent Level IV or V studies") {
    @Override
    boolean holds(Counts counts) {
      return counts.levelIVorV >= 2 && counts.levelIVorV == counts.total;
    }
  },

  /**
   * I, Insufficient evidence to make recommendation for or against: "A single level I, II, III, or IV
   * study without other supporting evidence".
   */
  I_SINGLE_STUDY("nass.linking.i.single-study", Grade.I, "a single study without other supporting evidence") {
    @Override
    boolean holds(Counts counts) {
      return counts.total == 1;
    }
  },

  /**
   * I: no study supports or opposes the statement (none was cited, or every finding was
   * inconclusive): insufficient evidence, "not allowing a recommendation for or against".
   */
  I_NO_CONSISTENT_EVIDENCE("nass.linking.i.no-evidence", Grade.I, "no study supports or opposes the statement") {
    @Override
    boolean holds(Counts counts) {
      return counts.total == 0;
    }
  },

  /**
   * I: "More than one study with inconsistent findings" (applied by {@link Consistency} before the
   * other rows, since its footnote decides which studies the others count).
   */
  I_INCONSISTENT_FINDINGS("nass.linking.i.inconsistent", Grade.I, "more than one study with inconsistent findings") {
    @Override
    boolean holds(Counts counts) {
      return false;
    }
  };

  /** The source every row implements. */
  public static final String SOURCE = GradeOfRecommendation.SOURCE;

  private final String id;
  private final Grade grade;
  private final String words;

  LinkingRow(String id, Grade grade, String words) {
    this.id = id;
    this.grade = grade;
    this.words = words;
  }

  /** The grade the row gives. */
  public Grade grade() {
    return grade;
  }

  /** The row in words, as in the table, with Level V named where it counts with Level IV. */
  public String words() {
    return words;
  }

  /** The row's stable rule id in traces, e.g. {@code nass.linking.b.two-level-ii-iii}. */
  public String id() {
    return id;
  }

  abstract boolean holds(Counts counts);

  /**
   * The studies this row counts among a consistent body: the Level I studies for A, the Level I to
   * III studies for B, every study for C and I.
   */
  public ImmutableList<Evidence> counted(List<Evidence> consistent) {
    return switch (grade) {
      case A -> consistent.stream().filter(e -> e.level() == Level.I).collect(ImmutableList.toImmutableList());
      case B -> consistent.stream().filter(e -> e.level().isIThroughIII()).collect(ImmutableList.toImmutableList());
      default -> ImmutableList.copyOf(consistent);
    };
  }

  /** The row that grades a consistent body of evidence (all of it supporting, or all opposing). */
  static LinkingRow decide(List<Evidence> consistent) {
    Counts counts = new Counts(consistent);
    for (LinkingRow row : values()) {
      if (row.holds(counts)) {
        return row;
      }
    }
    throw new AssertionError("no row of the linking table holds for " + consistent);
  }

  /** How many consistent studies there are of each level. */
  static final class Counts {
    final int total;
    final int levelI;
    final int levelIIorIII;
    final int levelIVorV;

    Counts(List<Evidence> evidence) {
      int i = 0;
      int iiOrIii = 0;
      for (Evidence study : evidence) {
        if (study.level() == Level.I) {
          i++;
        } else if (study.level().isIThroughIII()) {
          iiOrIii++;
        }
      }
      this.total = evidence.size();
      this.levelI = i;
      this.levelIIorIII = iiOrIii;
      this.levelIVorV = total - i - iiOrIii;
    }
  }
}
