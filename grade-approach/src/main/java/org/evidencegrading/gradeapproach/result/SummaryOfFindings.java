package org.evidencegrading.gradeapproach.result;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.certainty.CertaintyBounds;
import org.evidencegrading.trace.Step;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.effects.AbsoluteEffect;
import org.evidencegrading.gradeapproach.effects.AbsoluteEffects;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.gradeapproach.symbols.CertaintySymbol;
import org.evidencegrading.model.Provenance;
import org.evidencegrading.system.Footnotes;
import org.evidencegrading.system.Table;

/**
 * The summary-of-findings table of a GRADE recommendation, in the layout of the Cochrane Handbook
 * (chapter 14) and GRADEpro: per outcome its anticipated absolute effects (risk with the comparator,
 * with the intervention, and the difference, per 1000 with 95% confidence intervals; mean
 * differences as such; {@link AbsoluteEffects}), the relative effect, the number of participants
 * and studies, the certainty in ⊕ and words, and the source's comment. The certainty carries
 * lettered footnotes: the source's stated reasons for the outcome's judgments (its {@code
 * reasons}), and how the certainty was derived (the rating's concluding step) where it was rated
 * down or up.
 *
 * <p>Also the table of the panel's evidence-to-decision judgments, each criterion with the
 * framework's response and the stated reason.
 */
public final class SummaryOfFindings {

  /** The columns of the summary of findings. */
  static final ImmutableList<String> HEADERS = ImmutableList.of("outcome", "risk with comparator",
      "risk with intervention", "difference (95% CI)", "relative effect (95% CI)", "№ of participants (studies)",
      "certainty of the evidence (GRADE)", "comments");

  private static final String NONE = "-";

  private SummaryOfFindings() {}

  /**
   * The assessment's tables for people: {@code others} (the system's own: the good practice
   * criteria or the evidence profile, then the evidence-to-decision judgments), with the summary of
   * findings after the evidence profile when there are outcomes.
   */
  static ImmutableList<Table> around(AbstractGradeApproachAssessment assessment, List<Table> others) {
    ImmutableList.Builder<Table> tables = ImmutableList.builder();
    for (Table table : others) {
      tables.add(table);
      if (table.title().equals(GradeApproachRenderer.PROFILE_TITLE) && !assessment.outcomes().isEmpty()) {
        tables.add(of(assessment.outcomes()));
      }
    }
    return tables.build();
  }

  /** The summary-of-findings table of these outcomes. */
  public static Table of(List<OutcomeResult> outcomes) {
    Table.Builder table = Table.builder().title("Summary of findings").addAllHeaders(HEADERS);
    Footnotes notes = new Footnotes();
    for (OutcomeResult result : outcomes) {
      Outcome outcome = result.outcome();
      Optional<AbsoluteEffect> effect = AbsoluteEffects.of(outcome);
      table.addRows(ImmutableList.of(
          outcome.name() + outcome.followUp().map(followUp -> "; follow-up: " + followUp).orElse(""),
          effect.flatMap(AbsoluteEffect::comparatorText).orElse(NONE),
          effect.flatMap(AbsoluteEffect::interventionText).orElse(NONE),
          effect.flatMap(AbsoluteEffect::differenceText).orElse(NONE),
          effect.flatMap(AbsoluteEffect::relativeText).orElse(NONE),
          participants(outcome),
          certainty(result, notes),
          outcome.comment().orElse("")));
    }
    return table.addAllNotes(notes.notes()).build();
  }

  /** "2821 (9 RCTs)", or "(2 observational studies)" when the participants are not given. */
  private static String participants(Outcome outcome) {
    int studies = outcome.studyCount().orElse(outcome.studies().size());
    boolean one = studies == 1;
    String design = outcome.design().map(given -> switch (given) {
      case RANDOMIZED -> one ? "RCT" : "RCTs";
      case NON_RANDOMIZED_ROBINS_I, OBSERVATIONAL -> one ? "observational study" : "observational studies";
    }).orElse(one ? "study" : "studies");
    return outcome.participants().map(n -> n + " ").orElse("") + "(" + studies + " " + design + ")";
  }

  /**
   * "⊕⊕OO LOW [a] [b]": the notes are the source's reasons for the outcome's judgments, then the
   * derivation, when the certainty is not simply the design's starting level.
   */
  private static String certainty(OutcomeResult result, Footnotes notes) {
    String cell = result.certainty().map(CertaintySymbol::label).orElse("no evidence");
    for (Map.Entry<String, String> reason : reasons(result.outcome()).entrySet()) {
      cell = notes.mark(cell, Optional.of(words(reason.getKey()) + ": " + reason.getValue()));
    }
    if (result.rating().map(rating -> rating.levelsDown() > 0 || rating.levelsUp() > 0 || rating.upgradesWithheld()).orElse(false)) {
      cell = notes.mark(cell, Optional.of(derivation(result, result.rating().orElseThrow())));
    }
    return cell;
  }

  /** "rated down for imprecision (serious, -1): high (4) - 1 + 0 = 3: moderate". */
  private static String derivation(OutcomeResult result, RatedOutcome rating) {
    Outcome outcome = result.outcome();
    String down = Arrays.stream(Domain.values())
        .filter(domain -> domain.concernOf(outcome).levels() > 0)
        .map(domain -> Words.of(domain) + " (" + Words.of(domain.concernOf(outcome)) + ", -" + domain.concernOf(outcome).levels() + ")")
        .collect(Collectors.joining(", "));
    String up = Arrays.stream(UpgradeFactor.values())
        .filter(factor -> factor.levelsOf(outcome) > 0)
        .map(factor -> factor.wordsFor(outcome) + " (+" + factor.levelsOf(outcome) + ")")
        .collect(Collectors.joining(", "));
    List<String> parts = new ArrayList<>();
    if (!down.isEmpty()) {
      parts.add("rated down for " + down);
    }
    if (!up.isEmpty()) {
      parts.add("rated up for " + up + (rating.upgradesWithheld() ? ", not counted (rated down)" : ""));
    }
    result.trace().steps().stream()
        .filter(step -> step.rule().equals(CertaintyBounds.ID))
        .map(Step::reason)
        .findFirst()
        .ifPresent(parts::add);
    return String.join("; ", parts);
  }

  /** A field's name in words: {@code riskOfBias} is "risk of bias". */
  private static String words(String field) {
    return field.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
  }

  /** The source's stated reasons of a value that records them (revision 2's {@code reasons}), by field. */
  private static Map<String, String> reasons(Object value) {
    return value instanceof Provenance provenance ? provenance.reasons() : Map.of();
  }
}
