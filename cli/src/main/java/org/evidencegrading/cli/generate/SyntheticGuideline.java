package org.evidencegrading.cli.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.GuidelineInfo;
import org.evidencegrading.model.Study;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.SyntheticRecommendations;

/**
 * Writes synthetic guideline files of any grading system that makes {@link SyntheticRecommendations
 * synthetic recommendations}, of any size, the same for the same seed, for scale runs and
 * benchmarks anyone can reproduce. The file is written as it is generated (one recommendation at a
 * time) from the model types, so it is always in the file format.
 *
 * <p>Sizes are bounded so that every file can be checked: at most {@value #MAX_RECOMMENDATIONS}
 * recommendations of at most {@value #MAX_EVIDENCE} appraisals or outcomes, and at most {@value
 * #MAX_NASS_APPRAISALS} appraisals (NASS) or {@value #MAX_GRADE_OUTCOMES} outcomes (GRADE and any
 * other system) in all (about 62 MB, written in about 10 s). A guideline has one study per two
 * recommendations (at least 50) and two recommendations per question; each recommendation cites
 * {@code evidencePerRecommendation} distinct studies, and the system decides what it makes of them.
 */
public final class SyntheticGuideline {

  /** The most recommendations a file may have. */
  public static final int MAX_RECOMMENDATIONS = 32_000;

  /** The most appraisals (NASS) or outcomes (GRADE) a recommendation may have. */
  public static final int MAX_EVIDENCE = 50;

  /** The most appraisals in all of a NASS file: about 62 MB, within the reader's 64 MiB. */
  public static final int MAX_NASS_APPRAISALS = 256_000;

  /** The most outcomes in all of a GRADE file (and of any other system's): about 61 MB, within the reader's 64 MiB. */
  public static final int MAX_GRADE_OUTCOMES = 96_000;

  private final GradingSystem<?, ?> system;
  private final SyntheticRecommendations<?> maker;
  private final int recommendations;
  private final int evidencePerRecommendation;
  private final SplittableRandom random;
  private final int studies;

  private SyntheticGuideline(GradingSystem<?, ?> system, int recommendations, int evidencePerRecommendation, long seed) {
    this.maker = system.synthetic().orElseThrow(() ->
        new IllegalArgumentException("the grading system " + system.id() + " makes no synthetic recommendations"));
    if (recommendations < 1 || evidencePerRecommendation < 1) {
      throw new IllegalArgumentException("at least one recommendation with at least one study or outcome");
    }
    if (recommendations > MAX_RECOMMENDATIONS || evidencePerRecommendation > MAX_EVIDENCE) {
      throw new IllegalArgumentException("at most " + MAX_RECOMMENDATIONS + " recommendations with at most " + MAX_EVIDENCE
          + " studies or outcomes each, not " + recommendations + " with " + evidencePerRecommendation);
    }
    long evidence = (long) recommendations * evidencePerRecommendation;
    boolean nass = system.id().equals("NASS");
    long most = nass ? MAX_NASS_APPRAISALS : MAX_GRADE_OUTCOMES;
    if (evidence > most) {
      throw new IllegalArgumentException(recommendations + " recommendations with " + evidencePerRecommendation + " "
          + (nass ? "appraisals" : "outcomes") + " each make " + evidence + ", more than the " + most
          + " that fit in a file check reads (64 MiB)");
    }
    this.system = system;
    this.recommendations = recommendations;
    this.evidencePerRecommendation = evidencePerRecommendation;
    this.random = new SplittableRandom(seed);
    this.studies = Math.max(Math.max(50, recommendations / 2), evidencePerRecommendation);
  }

  /** How many studies a recommendation of {@code system} cites by default; empty if it makes none. */
  public static OptionalInt defaultEvidence(GradingSystem<?, ?> system) {
    return system.synthetic().map(maker -> OptionalInt.of(maker.defaultEvidence())).orElse(OptionalInt.empty());
  }

  /**
   * Writes a synthetic guideline as YAML.
   *
   * @param system the grading system, which makes the recommendations
   * @param recommendations how many
   * @param evidencePerRecommendation studies each recommendation cites (appraisals for NASS, outcomes for GRADE)
   * @param seed the same seed writes the same file
   * @throws IllegalArgumentException if the system makes no synthetic recommendations or a count is below 1
   */
  public static void write(GradingSystem<?, ?> system, int recommendations, int evidencePerRecommendation, long seed, Writer out)
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
          .id("synthetic-" + system.id().toLowerCase(Locale.ROOT) + "-" + recommendations)
          .title("Synthetic " + system.id() + " guideline of " + recommendations + " recommendations")
          .publisher("evidence-grading generator")
          .system(system.id())
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
          String id = "recommendation-" + (k + 1);
          yaml.writeValue(generator, maker.recommendation(id, distinctStudies(), random));
        }
        generator.writeEndArray();
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
  }

  /** Distinct studies for one recommendation, in the order drawn. */
  private List<String> distinctStudies() {
    Set<Integer> chosen = new LinkedHashSet<>();
    while (chosen.size() < evidencePerRecommendation) {
      chosen.add(random.nextInt(studies));
    }
    return chosen.stream().map(study -> "study-" + study).toList();
  }
}
