package org.evidencegrading.nass.levels;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.evidencegrading.trace.Step;

/**
 * The potential level of a study from its type and design, by "Levels of Evidence for Primary
 * Research Question as adopted by the North American Spine Society, January 2005" (NASS guideline
 * on neoplastic vertebral fractures, 2024, p. 11-12). "The study design was interpreted as
 * establishing only a potential level of evidence": a therapeutic RCT is a potential Level I study,
 * to be downgraded for shortcomings in its execution.
 *
 * <p>The table determines a level where its entry follows from the design alone:
 *
 * <table>
 *   <caption>Entries used</caption>
 *   <tr><th>Type</th><th>Level</th><th>Entry</th><th>Designs</th></tr>
 *   <tr><td>Therapeutic</td><td>I</td><td>"High quality randomized trial"</td><td>RCT</td></tr>
 *   <tr><td>Therapeutic</td><td>II</td><td>"Prospective comparative study"</td><td>PROSPECTIVE_COMPARATIVE</td></tr>
 *   <tr><td>Therapeutic</td><td>III</td><td>"Case control study", "Retrospective comparative study"</td><td>CASE_CONTROL, RETROSPECTIVE_COMPARATIVE</td></tr>
 *   <tr><td>Therapeutic</td><td>IV</td><td>"Case series"</td><td>*_CASE_SERIES</td></tr>
 *   <tr><td>Prognostic</td><td>I</td><td>"High quality prospective study"</td><td>PROSPECTIVE_* except case series</td></tr>
 *   <tr><td>Prognostic</td><td>II</td><td>"Retrospective study", "Untreated controls from an RCT"</td><td>RETROSPECTIVE_* except case series; RCT</td></tr>
 *   <tr><td>Prognostic</td><td>III</td><td>"Case control study"</td><td>CASE_CONTROL</td></tr>
 *   <tr><td>Prognostic</td><td>IV</td><td>"Case series"</td><td>*_CASE_SERIES</td></tr>
 *   <tr><td>Diagnostic</td><td>IV</td><td>"Case-control study"</td><td>CASE_CONTROL</td></tr>
 *   <tr><td>all</td><td>V</td><td>"Expert opinion"</td><td>EXPERT_OPINION</td></tr>
 * </table>
 *
 * <p>It determines none where the entry depends on more than the design: a diagnostic study's level
 * depends on "consecutive patients" and a "universally applied reference 'gold' standard"; an
 * economic analysis's on its "costs and alternatives" and "sensitivity analyses"; a systematic
 * review's on the levels of the studies it reviews; a therapeutic cohort, observational or
 * unspecified study's on whether it compares patients "treated one way" with patients "treated in
 * another way" (comparative, Level II or III) or not (case series, Level IV); and a study whose
 * design the text does not name ({@code NOT_STATED}) has no entry at all.
 */
public final class LevelsOfEvidenceTable implements Rule<StudyDesign, Optional<Level>> {

  /** The rule's id in traces. */
  public static final String ID = "nass.levels-table";

  /** The source the rule implements. */
  public static final String SOURCE =
      "NASS 2024, p. 12, Levels of Evidence for Primary Research Question (as adopted by NASS, January 2005)";

  private static final LevelsOfEvidenceTable INSTANCE = new LevelsOfEvidenceTable();

  private static final String DIAGNOSTIC_DEPENDS =
      "the diagnostic column grades by consecutive patients and the reference standard, which the design does not state";
  private static final String ECONOMIC_DEPENDS =
      "the economic column grades by the costs, alternatives and sensitivity analyses, which the design does not state";
  private static final String REVIEW_DEPENDS =
      "a systematic review has the level of the studies it reviews";
  private static final String THERAPEUTIC_DEPENDS =
      "the therapeutic column grades comparative studies (Level II or III) and case series (Level IV); this design does not say which it is";
  private static final String NOT_IN_COLUMN = "the design is not one of this column's";
  private static final String NOT_STATED = "the text names no design";

  private LevelsOfEvidenceTable() {}

  /** The table. */
  public static LevelsOfEvidenceTable table() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  /** The table's cell for a study type and design. */
  public TableCell cell(StudyType type, Design design) {
    if (design == Design.NOT_STATED) {
      return none(NOT_STATED);
    }
    if (design == Design.EXPERT_OPINION) {
      return level(Level.V, "Level V: \"Expert opinion\"");
    }
    if (design == Design.SYSTEMATIC_REVIEW) {
      return none(REVIEW_DEPENDS);
    }
    return switch (type) {
      case THERAPEUTIC -> therapeutic(design);
      case PROGNOSTIC -> prognostic(design);
      case DIAGNOSTIC -> design == Design.CASE_CONTROL
          ? level(Level.IV, "Level IV diagnostic: \"Case-control study\"")
          : none(DIAGNOSTIC_DEPENDS);
      case ECONOMIC -> none(ECONOMIC_DEPENDS);
    };
  }

  private static TableCell therapeutic(Design design) {
    if (design.isCaseSeries()) {
      return level(Level.IV, "Level IV therapeutic: \"Case series\"");
    }
    return switch (design) {
      case RCT -> level(Level.I, "Level I therapeutic: \"High quality randomized trial\"");
      case PROSPECTIVE_COMPARATIVE -> level(Level.II, "Level II therapeutic: \"Prospective comparative study\"");
      case RETROSPECTIVE_COMPARATIVE -> level(Level.III, "Level III therapeutic: \"Retrospective comparative study\"");
      case CASE_CONTROL -> level(Level.III, "Level III therapeutic: \"Case control study\"");
      case ECONOMIC_ANALYSIS -> none(NOT_IN_COLUMN);
      default -> none(THERAPEUTIC_DEPENDS);
    };
  }

  private static TableCell prognostic(Design design) {
    if (design.isCaseSeries()) {
      return level(Level.IV, "Level IV prognostic: \"Case series\"");
    }
    if (design.isProspective()) {
      return level(Level.I, "Level I prognostic: \"High quality prospective study\"");
    }
    if (design.isRetrospective()) {
      return level(Level.II, "Level II prognostic: \"Retrospective study\"");
    }
    return switch (design) {
      case RCT -> level(Level.II, "Level II prognostic: \"Untreated controls from an RCT\"");
      case CASE_CONTROL -> level(Level.III, "Level III prognostic: \"Case control study\"");
      default -> none(NOT_IN_COLUMN);
    };
  }

  private static TableCell level(Level level, String entry) {
    return TableCell.of(Optional.of(level), entry);
  }

  private static TableCell none(String why) {
    return TableCell.of(Optional.empty(), why);
  }

  @Override
  public Derivation<Optional<Level>> apply(StudyDesign entry) {
    TableCell cell = cell(entry.studyType(), entry.design());
    String study = entry.toString();
    Step step =
        step()
            .putInputs("studyType", entry.studyType().name())
            .putInputs("design", entry.design().name())
            .outcome(cell.level().map(level -> "potential " + level.label()).orElse("undetermined"))
            .reason(cell.level().isPresent()
                ? "levels table for a " + study + " study, " + cell.entry()
                : "levels table gives a " + study + " study no level: " + cell.entry())
            .build();
    return Derivation.of(cell.level(), step);
  }

  /** Every cell of the table, by type and design, for documentation and tests. */
  public ImmutableMap<StudyDesign, TableCell> cells() {
    ImmutableMap.Builder<StudyDesign, TableCell> cells = ImmutableMap.builder();
    for (StudyType type : StudyType.values()) {
      for (Design design : Design.values()) {
        cells.put(StudyDesign.of(type, design), cell(type, design));
      }
    }
    return cells.build();
  }
}
