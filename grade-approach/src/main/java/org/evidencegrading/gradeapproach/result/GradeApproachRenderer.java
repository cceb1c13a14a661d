package org.evidencegrading.gradeapproach.result;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriterion;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.RecommendationKind;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.gradeapproach.symbols.CertaintySymbol;
import org.evidencegrading.gradeapproach.symbols.RecommendationSymbol;
import org.evidencegrading.model.Direction;
import org.evidencegrading.system.Table;

/**
 * Presents GRADE results: the statement, the certainty derived and published (with ⊕ symbols), the
 * strength and direction derived and published (with the DHA's arrows), or a good practice
 * statement's criteria; the symbols the guideline printed; and a table per recommendation: the
 * evidence profile in the layout of a GRADE summary-of-findings table, or the good practice
 * criteria.
 */
final class GradeApproachRenderer {

  /** The columns of the evidence profile. */
  private static final ImmutableList<String> PROFILE_HEADERS = ImmutableList.of("outcome", "importance", "studies",
      "risk of bias", "inconsistency", "indirectness", "imprecision", "publication bias", "upgrades", "certainty");

  private GradeApproachRenderer() {}

  static ImmutableList<String> headlines(AbstractGradeApproachAssessment result) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    Optional<GradeApproachPublished> published = result.published();
    lines.add("statement: " + result.recommendation().statement());
    if (result.kind() == RecommendationKind.GOOD_PRACTICE_STATEMENT) {
      Optional<Boolean> publishedGoodPractice = published.flatMap(GradeApproachPublished::goodPractice);
      lines.add("good practice: derived " + (result.derived().goodPractice().orElseThrow() ? "all five criteria met" : "criteria not all met")
          + ", published " + publishedGoodPractice.map(gp -> gp ? "as good practice" : "as not good practice").orElse("not given")
          + ": " + verdict(Agreement.goodPractice(published, result.derived())));
    } else {
      lines.add(certaintyLine(result, published));
      lines.add(strengthLine(result, published));
    }
    printedSymbols(published).ifPresent(lines::add);
    return lines.build();
  }

  private static String certaintyLine(AbstractGradeApproachAssessment result, Optional<GradeApproachPublished> published) {
    Optional<Certainty> publishedCertainty = published.flatMap(GradeApproachPublished::certainty);
    return "certainty: derived " + CertaintySymbol.label(result.derived().certainty().orElseThrow()) + ", published "
        + publishedCertainty.map(CertaintySymbol::label).orElse("not given") + ": "
        + verdict(Agreement.certainty(published, result.derived()));
  }

  private static String strengthLine(AbstractGradeApproachAssessment result, Optional<GradeApproachPublished> published) {
    Optional<Direction> publishedDirection = published.flatMap(GradeApproachPublished::direction);
    String publishedWords = Words.strengthAndDirection(published.flatMap(GradeApproachPublished::strength), publishedDirection);
    if (result.kind() == RecommendationKind.EVIDENCE_PROFILE) {
      return "strength: not derived (an evidence profile: no decision and no published strength)"
          + (publishedDirection.isPresent() ? ", published " + publishedWords : "");
    }
    if (result.derived().strength().isEmpty()) {
      return "strength: not derived (no decision), published " + publishedWords;
    }
    Strength strength = result.derived().strength().get();
    Optional<Direction> direction = result.derived().direction();
    String derived = Words.strengthAndDirection(result.derived().strength(), direction)
        + direction.map(d -> " " + RecommendationSymbol.of(strength, d).text()).orElse(" (no direction: the balance favors neither side)");
    return "strength: derived " + derived + ", published " + publishedWords + ": "
        + verdict(Agreement.strengthAndDirection(published, result.derived()));
  }

  private static Optional<String> printedSymbols(Optional<GradeApproachPublished> published) {
    List<String> printed = new ArrayList<>();
    published.flatMap(GradeApproachPublished::certaintySymbol).ifPresent(symbol -> printed.add(
        "\"" + symbol + "\" (" + CertaintySymbol.parse(symbol).map(Certainty::name).orElseThrow() + ")"));
    published.flatMap(GradeApproachPublished::symbol).ifPresent(symbol -> printed.add(
        "\"" + symbol + "\" (" + RecommendationSymbol.parse(symbol).map(RecommendationSymbol::meaning).orElseThrow() + ")"));
    return printed.isEmpty() ? Optional.empty() : Optional.of("printed symbols: " + String.join(", ", printed));
  }

  private static String verdict(boolean agrees) {
    return agrees ? "agrees" : "DISAGREES";
  }

  static ImmutableList<Table> tables(AbstractGradeApproachAssessment result) {
    return result.recommendation().goodPractice()
        .map(GradeApproachRenderer::criteriaTable)
        .orElseGet(() -> profileTable(result.outcomes()));
  }

  private static ImmutableList<Table> criteriaTable(GoodPracticeCriteria criteria) {
    Table.Builder table = Table.builder().title("Good practice criteria").addHeaders("criterion", "met");
    for (GoodPracticeCriterion criterion : GoodPracticeCriterion.values()) {
      table.addRows(ImmutableList.of(criterion.words(), criterion.metBy(criteria) ? "yes" : "NO"));
    }
    return ImmutableList.of(table.build());
  }

  private static ImmutableList<Table> profileTable(List<OutcomeResult> outcomes) {
    Table.Builder table = Table.builder().title("Evidence profile").addAllHeaders(PROFILE_HEADERS);
    for (OutcomeResult result : outcomes) {
      Outcome outcome = result.rating().outcome();
      ImmutableList.Builder<String> row = ImmutableList.builder();
      row.add(outcome.name() + " (" + outcome.id() + ")", outcome.importance() + " " + Words.of(outcome.importanceCategory()),
          studies(outcome));
      for (Domain domain : Domain.values()) {
        row.add(concern(domain.concernOf(outcome)));
      }
      row.add(upgrades(result.rating()));
      row.add(CertaintySymbol.label(result.certainty()) + result.agrees()
          .filter(agrees -> !agrees)
          .map(disagrees -> " (published " + CertaintySymbol.label(result.publishedCertainty().orElseThrow()) + ")")
          .orElse(""));
      table.addRows(row.build());
    }
    return ImmutableList.of(table.build());
  }

  /** "2 RCTs: ref-6, ref-7". */
  private static String studies(Outcome outcome) {
    boolean one = outcome.studies().size() == 1;
    String design = switch (outcome.design()) {
      case RANDOMIZED -> one ? "RCT" : "RCTs";
      case NON_RANDOMIZED_ROBINS_I -> (one ? "non-randomized study" : "non-randomized studies") + " (ROBINS-I)";
      case OBSERVATIONAL -> one ? "observational study" : "observational studies";
    };
    return outcome.studies().size() + " " + design + ": " + String.join(", ", outcome.studies());
  }

  /** "not serious", "serious (-1)". */
  private static String concern(Concern concern) {
    return concern.levels() == 0 ? Words.of(concern) : Words.of(concern) + " (-" + concern.levels() + ")";
  }

  /** "none", "large effect (+1), dose-response gradient (+1)", with "; not counted (rated down)" when withheld. */
  private static String upgrades(RatedOutcome rated) {
    String claimed = Arrays.stream(UpgradeFactor.values())
        .filter(factor -> factor.levelsOf(rated.outcome()) > 0)
        .map(factor -> factor.wordsFor(rated.outcome()) + " (+" + factor.levelsOf(rated.outcome()) + ")")
        .collect(Collectors.joining(", "));
    if (claimed.isEmpty()) {
      return "none";
    }
    return rated.upgradesWithheld() ? claimed + "; not counted (rated down)" : claimed;
  }
}
