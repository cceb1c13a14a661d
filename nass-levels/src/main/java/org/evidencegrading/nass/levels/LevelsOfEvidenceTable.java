package org.evidencegrading.nass.levels;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.NassRuleSet;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.rulesets.definition.TableEntry;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;

/**
 * The potential level of a study from its type and design, by "Levels of Evidence for Primary
 * Research Question as adopted by the North American Spine Society, January 2005" (NASS guideline
 * on neoplastic vertebral fractures, 2024, p. 11-12). "The study design was interpreted as
 * establishing only a potential level of evidence": a therapeutic RCT is a potential Level I study,
 * to be downgraded for shortcomings in its execution.
 *
 * <p>The table is the NASS 2024 rule set's {@code potentialLevels} ({@code nass-2024.yaml} in the
 * rule-sets module, read through {@link NassRuleSet}); each entry there cites its place in the
 * source, and a step cites the entry that gave it. This class holds no table of its own. The table
 * determines a level where its entry follows from the design alone:
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
public final class LevelsOfEvidenceTable extends NamedRule<StudyDesign, Optional<Level>> {

  /** The rule's id in traces. */
  public static final String ID = "nass.levels-table";

  /** The source the rule implements. */
  public static final String SOURCE =
      "NASS 2024, p. 12, Levels of Evidence for Primary Research Question (as adopted by NASS, January 2005)";

  private static final LevelsOfEvidenceTable INSTANCE = new LevelsOfEvidenceTable();

  /**
   * Each type and design's cell and derivation, by ordinals, made once from the rule set: a guideline
   * asks the same few dozen cells again and again, and each derivation is an immutable value.
   */
  private final ImmutableList<ImmutableList<TableCell>> cells;
  private final ImmutableList<ImmutableList<Derivation<Optional<Level>>>> derivations;

  private LevelsOfEvidenceTable() {
    super(ID, SOURCE);
    ImmutableList.Builder<ImmutableList<TableCell>> cellsByType = ImmutableList.builder();
    ImmutableList.Builder<ImmutableList<Derivation<Optional<Level>>>> derivationsByType = ImmutableList.builder();
    for (StudyType type : StudyType.values()) {
      ImmutableList.Builder<TableCell> cellsByDesign = ImmutableList.builder();
      ImmutableList.Builder<Derivation<Optional<Level>>> derivationsByDesign = ImmutableList.builder();
      for (Design design : Design.values()) {
        TableEntry entry = entry(type, design);
        cellsByDesign.add(TableCell.of(entry.level().map(Level::valueOf), entry.entry()));
        derivationsByDesign.add(derive(StudyDesign.of(type, design), entry));
      }
      cellsByType.add(cellsByDesign.build());
      derivationsByType.add(derivationsByDesign.build());
    }
    cells = cellsByType.build();
    derivations = derivationsByType.build();
  }

  /** The table. */
  public static LevelsOfEvidenceTable table() {
    return INSTANCE;
  }

  /** The table's cell for a study type and design. */
  public TableCell cell(StudyType type, Design design) {
    return cells.get(type.ordinal()).get(design.ordinal());
  }

  /** The rule set's entry for a study type and design; it has one for each. */
  private static TableEntry entry(StudyType type, Design design) {
    return NassRuleSet.rules().cell(type.name(), design.name())
        .orElseThrow(() -> new IllegalStateException(
            "the NASS 2024 rule set's levels table has no entry for a " + StudyDesign.of(type, design) + " study"));
  }

  @Override
  public Derivation<Optional<Level>> apply(StudyDesign study) {
    return derivations.get(study.studyType().ordinal()).get(study.design().ordinal());
  }

  private static Derivation<Optional<Level>> derive(StudyDesign study, TableEntry entry) {
    Optional<Level> level = entry.level().map(Level::valueOf);
    Step step =
        Step.builder()
            .rule(ID)
            .source(NassRuleSet.rules().citation(entry))
            .putInputs("studyType", study.studyType().name())
            .putInputs("design", study.design().name())
            .outcome(level.map(potential -> "potential " + potential.label()).orElse("undetermined"))
            .reason(level.isPresent()
                ? "levels table for a " + study + " study, " + entry.entry()
                : "levels table gives a " + study + " study no level: " + entry.entry())
            .build();
    return Derivation.of(level, step);
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
