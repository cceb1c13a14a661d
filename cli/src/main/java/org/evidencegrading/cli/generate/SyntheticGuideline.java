package org.evidencegrading.cli.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.evidencegrading.gradeapproach.certainty.OutcomeRating;
import org.evidencegrading.gradeapproach.certainty.OverallCertainty;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.GradePublished;
import org.evidencegrading.gradeapproach.model.GradeRecommendation;
import org.evidencegrading.gradeapproach.model.LargeEffect;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.gradeapproach.strength.EvidenceToDecision;
import org.evidencegrading.gradeapproach.strength.StrengthAndDirection;
import org.evidencegrading.gradeapproach.strength.StrengthBasis;
import org.evidencegrading.gradeapproach.symbols.CertaintySymbol;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.GuidelineInfo;
import org.evidencegrading.model.Recommendation;
import org.evidencegrading.model.Study;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.grades.GradeOfRecommendation;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.DowngradeReason;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.NassPublished;
import org.evidencegrading.nass.model.NassRecommendation;
import org.evidencegrading.nass.model.StudyType;

/**
 * Writes synthetic guideline files of either system and any size, the same for the same seed, for
 * scale runs and benchmarks anyone can reproduce. The file is written as it is generated (one
 * recommendation at a time) from the model types, so it is always in the file format.
 *
 * <p>Sizes are bounded so that every file can be checked: at most {@value #MAX_RECOMMENDATIONS}
 * recommendations of at most {@value #MAX_EVIDENCE} appraisals or outcomes, and at most {@value
 * #MAX_NASS_APPRAISALS} appraisals or {@value #MAX_GRADE_OUTCOMES} outcomes in all (about 62 MB,
 * written in about 10 s). A guideline has one study per two recommendations (at least 50) and two
 * recommendations per question. A NASS recommendation has {@code evidencePerRecommendation} appraisals of distinct
 * studies (therapeutic designs whose levels the table determines; some with a stated potential level
 * and one downgrade), a statement in its grade's standard wording, and, as published, the grade the
 * evidence deserves, except for one recommendation in twenty, published one grade off. A GRADE
 * recommendation has that many outcomes, the first critical, with an evidence-to-decision block, and
 * publishes the certainty, strength and direction the rules derive, with the matching ⊕ symbol,
 * except for one in twenty, published one certainty level off.
 */
public final class SyntheticGuideline {

  /** The most recommendations a file may have. */
  public static final int MAX_RECOMMENDATIONS = 32_000;

  /** The most appraisals (NASS) or outcomes (GRADE) a recommendation may have. */
  public static final int MAX_EVIDENCE = 50;

  /** The most appraisals in all of a NASS file: about 62 MB, within the reader's 64 MiB. */
  public static final int MAX_NASS_APPRAISALS = 256_000;

  /** The most outcomes in all of a GRADE file: about 61 MB, within the reader's 64 MiB. */
  public static final int MAX_GRADE_OUTCOMES = 96_000;

  private static final ImmutableList<Design> THERAPEUTIC_DESIGNS = ImmutableList.of(
      Design.RCT, Design.PROSPECTIVE_COMPARATIVE, Design.RETROSPECTIVE_COMPARATIVE, Design.RETROSPECTIVE_CASE_SERIES);
  private static final ImmutableList<Level> THEIR_LEVELS = ImmutableList.of(Level.I, Level.II, Level.III, Level.IV);

  private final String system;
  private final int recommendations;
  private final int evidencePerRecommendation;
  private final SplittableRandom random;
  private final int studies;

  private SyntheticGuideline(String system, int recommendations, int evidencePerRecommendation, long seed) {
    if (!system.equals("NASS") && !system.equals("GRADE")) {
      throw new IllegalArgumentException("system must be NASS or GRADE, not " + system);
    }
    if (recommendations < 1 || evidencePerRecommendation < 1) {
      throw new IllegalArgumentException("at least one recommendation with at least one study or outcome");
    }
    if (recommendations > MAX_RECOMMENDATIONS || evidencePerRecommendation > MAX_EVIDENCE) {
      throw new IllegalArgumentException("at most " + MAX_RECOMMENDATIONS + " recommendations with at most " + MAX_EVIDENCE
          + " studies or outcomes each, not " + recommendations + " with " + evidencePerRecommendation);
    }
    long evidence = (long) recommendations * evidencePerRecommendation;
    long most = system.equals("NASS") ? MAX_NASS_APPRAISALS : MAX_GRADE_OUTCOMES;
    if (evidence > most) {
      throw new IllegalArgumentException(recommendations + " recommendations with " + evidencePerRecommendation + " "
          + (system.equals("NASS") ? "appraisals" : "outcomes") + " each make " + evidence + ", more than the " + most
          + " that fit in a file check reads (64 MiB)");
    }
    this.system = system;
    this.recommendations = recommendations;
    this.evidencePerRecommendation = evidencePerRecommendation;
    this.random = new SplittableRandom(seed);
    this.studies = Math.max(Math.max(50, recommendations / 2), evidencePerRecommendation);
  }

  /**
   * Writes a synthetic guideline as YAML.
   *
   * @param system NASS or GRADE
   * @param recommendations how many
   * @param evidencePerRecommendation appraisals (NASS) or outcomes (GRADE) per recommendation
   * @param seed the same seed writes the same file
   */
  public static void write(String system, int recommendations, int evidencePerRecommendation, long seed, Writer out)
      throws IOException {
    new SyntheticGuideline(system, recommendations, evidencePerRecommendation, seed).write(out);
  }

  private void write(Writer out) throws IOException {
    ObjectMapper yaml = Mappers.yaml();
    try (JsonGenerator generator = yaml.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringField("format", "evidence-grading/1");
      generator.writeFieldName("guideline");
      yaml.writeValue(generator, GuidelineInfo.builder()
          .id("synthetic-" + system.toLowerCase(Locale.ROOT) + "-" + recommendations)
          .title("Synthetic " + system + " guideline of " + recommendations + " recommendations")
          .publisher("evidence-grading generator")
          .system(system)
          .build());
      generator.writeArrayFieldStart("studies");
      for (int s = 0; s < studies; s++) {
        yaml.writeValue(generator, Study.builder()
            .id("study-" + s)
            .citation("Author A, Author B, et al. Synthetic study " + s + ". J Synth Evid. " + (1990 + s % 35) + ";" + (s % 40 + 1) + ":" + s + "-" + (s + 9) + ".")
            .doi("10.5555/synthetic." + s)
            .build());
      }
      generator.writeEndArray();
      generator.writeArrayFieldStart("questions");
      for (int r = 0; r < recommendations; r += 2) {
        int question = r / 2 + 1;
        generator.writeStartObject();
        generator.writeStringField("id", "question-" + question);
        generator.writeStringField("section", "Section " + (question % 7 + 1));
        generator.writeStringField("text", "Does intervention " + question + " improve pain and function compared with usual care?");
        generator.writeArrayFieldStart("recommendations");
        for (int k = r; k < Math.min(r + 2, recommendations); k++) {
          yaml.writeValue(generator, recommendation("recommendation-" + (k + 1)));
        }
        generator.writeEndArray();
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
  }

  private Recommendation recommendation(String id) {
    return system.equals("NASS") ? nass(id) : grade(id);
  }

  private NassRecommendation nass(String id) {
    List<Appraisal> appraisals = new ArrayList<>();
    ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
    for (int study : distinctStudies()) {
      int kind = random.nextInt(THERAPEUTIC_DESIGNS.size());
      Appraisal.Builder appraisal = Appraisal.builder()
          .study("study-" + study)
          .studyType(StudyType.THERAPEUTIC)
          .design(THERAPEUTIC_DESIGNS.get(kind));
      Level level = THEIR_LEVELS.get(kind);
      if (kind < 3 && random.nextInt(10) == 0) {
        level = level.lowered(1);
        appraisal.potentialLevel(THEIR_LEVELS.get(kind)).addDowngrades(DowngradeReason.values()[random.nextInt(DowngradeReason.values().length - 1)]);
      }
      int roll = random.nextInt(20);
      Finding finding = roll < 14 ? Finding.SUPPORTS : roll < 17 ? Finding.OPPOSES : Finding.INCONCLUSIVE;
      appraisals.add(appraisal.publishedLevel(level).finding(finding).build());
      evidence.add(Evidence.of("study-" + study, level, finding));
    }
    Grade grade = GradeOfRecommendation.rule().apply(evidence.build()).value().grade();
    if (random.nextInt(20) == 0) {
      grade = Grade.values()[(grade.ordinal() + 1) % 4];
    }
    return NassRecommendation.builder()
        .id(id)
        .statement(statement(grade, id))
        .published(NassPublished.builder().grade(grade).build())
        .addAllAppraisals(appraisals)
        .build();
  }

  private static String statement(Grade grade, String id) {
    return switch (grade) {
      case A -> "Intervention " + id + " is recommended for the improvement of pain and function.";
      case B -> "Intervention " + id + " is suggested for the improvement of pain and function.";
      case C -> "Intervention " + id + " may be considered for the improvement of pain and function.";
      default -> "There is insufficient evidence to make a recommendation for or against intervention " + id + ".";
    };
  }

  private GradeRecommendation grade(String id) {
    List<Outcome> outcomes = new ArrayList<>();
    List<RatedOutcome> rated = new ArrayList<>();
    List<Integer> cited = distinctStudies();
    for (int o = 0; o < evidencePerRecommendation; o++) {
      Outcome outcome = Outcome.builder()
          .id(id + "-outcome-" + (o + 1))
          .name("Outcome " + (o + 1) + " at " + (1 + random.nextInt(12)) + " months")
          .importance(o == 0 ? 9 : 4 + random.nextInt(6))
          .addStudies("study-" + cited.get(o))
          .design(random.nextInt(4) == 0 ? StudyDesign.OBSERVATIONAL : StudyDesign.RANDOMIZED)
          .riskOfBias(concern())
          .inconsistency(concern())
          .indirectness(concern())
          .imprecision(concern())
          .publicationBias(concern())
          .largeEffect(random.nextInt(8) == 0 ? LargeEffect.LARGE : LargeEffect.NONE)
          .favors(random.nextInt(4) == 0 ? Favors.NEITHER : Favors.INTERVENTION)
          .build();
      outcomes.add(outcome);
      rated.add(OutcomeRating.rule(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN).apply(outcome).value());
    }
    Certainty certainty = OverallCertainty.rule().apply(rated).value().certainty();
    Decision decision = Decision.builder()
        .balance(Balance.values()[random.nextInt(2)])
        .valuesVariability(ValuesVariability.values()[random.nextInt(ValuesVariability.values().length)])
        .build();
    StrengthAndDirection strength = EvidenceToDecision.rule().apply(StrengthBasis.of(decision, certainty)).value();
    if (random.nextInt(20) == 0) {
      certainty = Certainty.values()[(certainty.ordinal() + 1) % Certainty.values().length];
    }
    return GradeRecommendation.builder()
        .id(id)
        .statement("Consider offering intervention " + id + " to adults with painful vertebral lesions.")
        .published(GradePublished.builder()
            .direction(strength.direction())
            .strength(strength.strength())
            .certainty(certainty)
            .certaintySymbol(CertaintySymbol.of(certainty))
            .build())
        .addAllOutcomes(outcomes)
        .decision(decision)
        .build();
  }

  private Concern concern() {
    int roll = random.nextInt(10);
    return roll < 7 ? Concern.NOT_SERIOUS : roll < 9 ? Concern.SERIOUS : Concern.VERY_SERIOUS;
  }

  /** Distinct studies for one recommendation, in the order drawn. */
  private List<Integer> distinctStudies() {
    Set<Integer> chosen = new LinkedHashSet<>();
    while (chosen.size() < evidencePerRecommendation) {
      chosen.add(random.nextInt(studies));
    }
    return new ArrayList<>(chosen);
  }
}
