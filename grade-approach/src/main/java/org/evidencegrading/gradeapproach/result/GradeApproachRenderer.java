package org.evidencegrading.gradeapproach.result;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.certainty.CertaintyVerdict;
import org.evidencegrading.gradeapproach.certainty.PublishedCertainty;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriterion;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.RecommendationKind;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.gradeapproach.symbols.CertaintySymbol;
import org.evidencegrading.gradeapproach.symbols.RecommendationSymbol;
import org.evidencegrading.model.Direction;
import org.evidencegrading.model.Provenance;
import org.evidencegrading.system.Footnotes;
import org.evidencegrading.system.Table;

/**
 * Presents GRADE results: the statement, the certainty derived (with what else is permitted) and
 * published (with ⊕ symbols), the direction derived and published and the published strength (with
 * the DHA's arrows), or a good practice statement's criteria; the symbols the guideline printed; and
 * tables: the evidence profile in the layout of a GRADE summary-of-findings table, the
 * evidence-to-decision judgments, or the good practice criteria. The source's reasons, and the
 * values the encoder inferred, are the tables' lettered footnotes.
 */
final class GradeApproachRenderer {

  /** The title of the evidence profile table. */
  static final String PROFILE_TITLE = "Evidence profile";

  /** The columns of the evidence profile. */
  private static final ImmutableList<String> PROFILE_HEADERS = ImmutableList.of("outcome", "importance", "studies",
      "risk of bias", "inconsistency", "indirectness", "imprecision", "publication bias", "upgrades", "certainty");

  /** Not rated: the cells of an outcome without evidence. */
  private static final String NOT_RATED = "-";

  private GradeApproachRenderer() {}

  static ImmutableList<String> headlines(AbstractGradeApproachAssessment result) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    Optional<GradeApproachPublished> published = result.published();
    lines.add("statement: " + result.recommendation().statement());
    if (result.kind() == RecommendationKind.GOOD_PRACTICE_STATEMENT) {
      GoodPracticeCriteria criteria = result.recommendation().goodPractice().orElseThrow();
      lines.add("good practice: " + (criteria.unmet().isEmpty() ? "all five criteria met" : criteria.unmet().size() + " of the five criteria not met")
          + ", published " + published.flatMap(GradeApproachPublished::goodPractice)
              .map(goodPractice -> goodPractice ? "as good practice" : "as not good practice").orElse("not given"));
    } else {
      lines.add(certaintyLine(result, published));
      switch (result.kind()) {
        case NO_RECOMMENDATION -> lines.add("no recommendation: the panel declined to recommend" + published
            .flatMap(printed -> Optional.ofNullable(printed.reasons().get("noRecommendation")))
            .map(reason -> " (\"" + reason + "\")")
            .orElse(""));
        case EVIDENCE_PROFILE -> lines.add("recommendation: none (an evidence profile: no decision and no published strength)");
        default -> {
          lines.add(directionLine(result, published));
          lines.add("strength: published " + published.flatMap(GradeApproachPublished::strength).map(Words::of).orElse("not given")
              + " (the panel's judgment: not derived, checked against GRADE's guidance)");
        }
      }
    }
    printedSymbols(published).ifPresent(lines::add);
    return lines.build();
  }

  private static String certaintyLine(AbstractGradeApproachAssessment result, Optional<GradeApproachPublished> published) {
    Optional<PublishedCertainty> printed = published.flatMap(PublishedCertainty::of);
    String publishedWords = printed.map(PublishedCertainty::words).orElse("not given");
    if (result.derived().certainty().isEmpty()) {
      String why = result.recommendation().outcomes().isEmpty() ? "no outcomes" : "no critical outcome with evidence";
      return "certainty: not derived (" + why + "), published " + publishedWords;
    }
    return "certainty: derived " + CertaintySymbol.label(result.derived().certainty().get())
        + alsoPermitted(result.derived().permittedCertainty(), result.derived().certainty().get())
        + ", published " + publishedWords + result.certaintyVerdict().map(GradeApproachRenderer::verdict).orElse("");
  }

  private static String alsoPermitted(List<Certainty> permitted, Certainty byDefault) {
    return permitted.isEmpty() ? "" : permitted.stream()
        .filter(certainty -> certainty != byDefault)
        .map(CertaintySymbol::label)
        .collect(Collectors.joining(", ", " (also permitted: ", ")"));
  }

  private static String verdict(CertaintyVerdict verdict) {
    return switch (verdict) {
      case AGREES -> ": agrees";
      case AGREES_BY_DISCRETION -> ": agrees (discretion used)";
      case DISAGREES -> ": DISAGREES";
    };
  }

  private static String directionLine(AbstractGradeApproachAssessment result, Optional<GradeApproachPublished> published) {
    String publishedWords = published.flatMap(GradeApproachPublished::direction).map(Direction::name).orElse("not given");
    return "direction: " + result.derived().direction()
        .map(direction -> "derived " + direction.name() + " (from the balance of effects)")
        .orElse("not derived (no balance of effects favoring a side)") + ", published " + publishedWords;
  }

  private static Optional<String> printedSymbols(Optional<GradeApproachPublished> published) {
    List<String> printed = new ArrayList<>();
    published.flatMap(GradeApproachPublished::certaintySymbol).ifPresent(symbol -> printed.add(
        "\"" + symbol + "\" (" + CertaintySymbol.parse(symbol).map(Certainty::name).orElseThrow() + ")"));
    published.flatMap(GradeApproachPublished::symbol).ifPresent(symbol -> printed.add(
        "\"" + symbol + "\" (" + RecommendationSymbol.parse(symbol).map(RecommendationSymbol::meaning).orElseThrow() + ")"));
    return printed.isEmpty() ? Optional.empty() : Optional.of("printed symbols: " + String.join(", ", printed));
  }

  static ImmutableList<Table> tables(AbstractGradeApproachAssessment result) {
    ImmutableList.Builder<Table> tables = ImmutableList.builder();
    result.recommendation().goodPractice().ifPresent(criteria -> tables.add(criteriaTable(criteria)));
    if (!result.outcomes().isEmpty()) {
      tables.add(profileTable(result.outcomes()));
    }
    result.recommendation().decision().ifPresent(decision -> tables.add(decisionTable(decision)));
    return tables.build();
  }

  private static Table criteriaTable(GoodPracticeCriteria criteria) {
    Footnotes notes = new Footnotes();
    Table.Builder table = Table.builder().title("Good practice criteria").addHeaders("criterion", "met");
    for (GoodPracticeCriterion criterion : GoodPracticeCriterion.values()) {
      table.addRows(ImmutableList.of(criterion.words(), notes.mark(criterion.metBy(criteria) ? "yes" : "NO", note(criteria, criterion.field()))));
    }
    return table.addAllNotes(notes.notes()).build();
  }

  private static Table profileTable(List<OutcomeResult> outcomes) {
    Footnotes notes = new Footnotes();
    Table.Builder table = Table.builder().title(PROFILE_TITLE).addAllHeaders(PROFILE_HEADERS);
    for (OutcomeResult result : outcomes) {
      Outcome outcome = result.outcome();
      ImmutableList.Builder<String> row = ImmutableList.builder();
      row.add(outcome.name() + " (" + outcome.id() + ")",
          notes.mark(outcome.importance() + " " + Words.of(outcome.importanceCategory()) + (outcome.sufficientAlone() ? ", sufficient alone" : ""),
              note(outcome, "importance", "sufficientAlone")),
          notes.mark(studies(outcome), note(outcome, "studies", "design", "noEvidence")));
      for (Domain domain : Domain.values()) {
        row.add(notes.mark(domain.judgmentOf(outcome).map(GradeApproachRenderer::concern).orElse(NOT_RATED), note(outcome, domain.field())));
      }
      row.add(notes.mark(result.rating().map(GradeApproachRenderer::upgrades).orElse(NOT_RATED),
          note(outcome, Arrays.stream(UpgradeFactor.values()).map(UpgradeFactor::field).toArray(String[]::new))));
      row.add(notes.mark(certainty(result), note(outcome, "published")));
      table.addRows(row.build());
    }
    return table.addAllNotes(notes.notes()).build();
  }

  /** A criterion of the evidence-to-decision table: its field, its name for people and the panel's judgment. */
  private record Criterion(String field, String name, Optional<String> judgment) {}

  private static Table decisionTable(Decision decision) {
    List<Criterion> criteria = List.of(
        new Criterion("priority", "priority of the problem", decision.priority().map(Words::of)),
        new Criterion("desirableEffects", "desirable effects", decision.desirableEffects().map(Words::of)),
        new Criterion("undesirableEffects", "undesirable effects", decision.undesirableEffects().map(Words::of)),
        new Criterion("valuesVariability", "values",
            decision.valuesVariability().map(values -> Words.of(values) + " uncertainty or variability")),
        new Criterion("balance", "balance of effects", decision.balance().map(Words::of)),
        new Criterion("resources", "resources required", decision.resources().map(Words::of)),
        new Criterion("resourcesCertainty", "certainty of the evidence of resources", decision.resourcesCertainty().map(Words::of)),
        new Criterion("costEffectiveness", "cost-effectiveness", decision.costEffectiveness().map(Words::of)),
        new Criterion("equity", "equity", decision.equity().map(Words::of)),
        new Criterion("acceptability", "acceptability", decision.acceptability().map(Words::of)),
        new Criterion("feasibility", "feasibility", decision.feasibility().map(Words::of)),
        new Criterion("paradigmaticSituation", "paradigmatic situation",
            Optional.of(decision.paradigmaticSituation()).filter(situation -> situation.declared()).map(Enum::name)));
    Footnotes notes = new Footnotes();
    Table.Builder table = Table.builder().title("Evidence to decision").addHeaders("criterion", "judgment");
    for (Criterion criterion : criteria) {
      criterion.judgment().ifPresent(value ->
          table.addRows(ImmutableList.of(criterion.name(), notes.mark(value, note(decision, criterion.field())))));
    }
    return table.addAllNotes(notes.notes()).build();
  }

  /**
   * The footnote of a cell showing these fields: the source's reason for each, and whether the
   * encoder inferred it; each field named where several have a note.
   */
  private static Optional<String> note(Provenance value, String... fields) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (String field : fields) {
      Optional<String> reason = Optional.ofNullable(value.reasons().get(field)).map(text -> "\"" + text + "\"");
      String part = value.isInferred(field)
          ? "inferred by the encoder, not read in the source" + reason.map(text -> " (the source: " + text + ")").orElse("")
          : reason.orElse("");
      if (!part.isEmpty()) {
        parts.put(field, part);
      }
    }
    if (parts.size() < 2) {
      return parts.values().stream().findFirst();
    }
    return Optional.of(parts.entrySet().stream().map(part -> part.getKey() + ": " + part.getValue()).collect(Collectors.joining("; ")));
  }

  /** "2 RCTs: ref-6, ref-7", or "no evidence". */
  private static String studies(Outcome outcome) {
    if (outcome.noEvidence()) {
      return "no evidence";
    }
    boolean one = outcome.studies().size() == 1;
    String design = switch (outcome.design().orElseThrow()) {
      case RANDOMIZED -> one ? "RCT" : "RCTs";
      case NON_RANDOMIZED_ROBINS_I -> (one ? "non-randomized study" : "non-randomized studies") + " (ROBINS-I)";
      case OBSERVATIONAL -> one ? "observational study" : "observational studies";
    };
    return outcome.studies().size() + " " + design + ": " + String.join(", ", outcome.studies());
  }

  /**
   * "⊕⊕OO LOW", "⊕OOO VERY_LOW (also permitted: ⊕⊕⊕O MODERATE; published moderate)", "⊕OOO VERY_LOW
   * (published moderate)" where the published one disagrees, or "no evidence".
   */
  private static String certainty(OutcomeResult result) {
    if (result.certainty().isEmpty()) {
      return "no evidence";
    }
    Certainty byDefault = result.certainty().get();
    List<String> besides = new ArrayList<>();
    if (!result.permittedCertainty().isEmpty()) {
      besides.add("also permitted: " + result.permittedCertainty().stream()
          .filter(certainty -> certainty != byDefault)
          .map(CertaintySymbol::label)
          .collect(Collectors.joining(", ")));
    }
    result.verdict()
        .filter(verdict -> verdict != CertaintyVerdict.AGREES)
        .ifPresent(verdict -> besides.add("published " + result.published().orElseThrow().words()));
    return CertaintySymbol.label(byDefault) + (besides.isEmpty() ? "" : " (" + String.join("; ", besides) + ")");
  }

  /** "not serious", "serious (-1)". */
  private static String concern(Concern concern) {
    return concern.levels() == 0 ? Words.of(concern) : Words.of(concern) + " (-" + concern.levels() + ")";
  }

  /** "none", "large effect (+1), dose-response gradient (+1)", with "; not counted (rated down)" when the default withholds them. */
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
