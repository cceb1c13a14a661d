package org.evidencegrading.nass;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.nass.consensus.ConsensusRule;
import org.evidencegrading.nass.levels.AppraisalVariations;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Component;
import org.evidencegrading.nass.model.NassRecommendation;
import org.evidencegrading.nass.properties.NassPropertySets;
import org.evidencegrading.nass.result.NassAssessment;
import org.evidencegrading.nass.synthetic.NassSyntheticRecommendations;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.system.ErrorSink;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.Provenances;
import org.evidencegrading.system.SyntheticRecommendations;

/**
 * The North American Spine Society's levels of evidence and grades of recommendation as a grading
 * system ({@code system: NASS}). For each recommendation it derives every appraisal's level
 * ({@link org.evidencegrading.nass.levels.AppraisalLevels}), the grade the levels deserve ({@link
 * org.evidencegrading.nass.grades.GradeOfRecommendation}), for a compound statement each
 * component's grade and the weakest ({@link org.evidencegrading.nass.grades.WeakestComponent}), the
 * grades a guideline may publish ({@link org.evidencegrading.nass.grades.IndirectEvidence}) and
 * whether it published the evidence's direction ({@link
 * org.evidencegrading.nass.grades.StatementDirection}); for a consensus statement, whether the
 * votes reached consensus ({@link ConsensusRule}); and it checks the statement's wording. The
 * assessment of one recommendation is {@code NassAssessor}'s. Its levels table, downgrading and
 * linking rows are the shipped NASS 2024 rule set ({@link org.evidencegrading.nass.model.NassRuleSet}).
 */
public final class NassSystem implements GradingSystem<NassRecommendation, NassAssessment> {

  /** The id guideline files name. */
  public static final String ID = "NASS";

  /** The NASS system (it has no configuration). */
  public NassSystem() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "North American Spine Society levels of evidence and grades of recommendation";
  }

  @Override
  public Class<NassRecommendation> recommendationType() {
    return NassRecommendation.class;
  }

  @Override
  public Optional<SyntheticRecommendations<NassRecommendation>> synthetic() {
    return Optional.of(new NassSyntheticRecommendations());
  }

  @Override
  public ImmutableList<ProblemCode> problemCodes() {
    return NassProblems.ALL;
  }

  /** The properties of the NASS rules over every body of evidence up to {@code bounds.maxStudies()} studies. */
  @Override
  public ImmutableList<PropertyGroup<?>> properties(PropertyBounds bounds) {
    return NassPropertySets.of(bounds.maxStudies());
  }

  /**
   * Reports what the recommendation's types cannot: appraisals and components exclude each other,
   * a consensus statement has no components, component ids are unique, no study is cited twice for
   * one body of evidence, and every appraisal's reasons and inferred fields name its fields. An
   * appraisal without any level is valid (an ungraded citation, reported when checked).
   */
  @Override
  public void validate(NassRecommendation recommendation, Guideline guideline, ErrorSink errors) {
    if (!recommendation.components().isEmpty()) {
      if (!recommendation.appraisals().isEmpty()) {
        errors.error("components", "a recommendation has appraisals or components (a compound statement), not both");
      }
      if (recommendation.consensusStatement()) {
        errors.error("components", "a consensus statement carries the appraisals it found insufficient, not components");
      }
    }
    validateAppraisals(recommendation.appraisals(), "appraisals", "recommendation", errors);
    Map<String, Integer> ids = new HashMap<>();
    for (int c = 0; c < recommendation.components().size(); c++) {
      Component component = recommendation.components().get(c);
      Integer first = ids.putIfAbsent(component.id(), c);
      if (first != null) {
        errors.error("components[" + c + "].id",
            "duplicate component id '" + component.id() + "' (first used at components[" + first + "].id)");
      }
      validateAppraisals(component.appraisals(), "components[" + c + "].appraisals", "component", errors);
    }
  }

  private static void validateAppraisals(List<Appraisal> appraisals, String path, String body, ErrorSink errors) {
    Map<String, String> cited = new HashMap<>();
    for (int i = 0; i < appraisals.size(); i++) {
      Appraisal appraisal = appraisals.get(i);
      String at = path + "[" + i + "]";
      Provenances.validate(appraisal, Appraisal.class, at, errors);
      for (int s = 0; s < appraisal.cited().size(); s++) {
        String study = appraisal.cited().get(s);
        String citing = appraisal.study().isPresent() ? at + ".study" : at + ".studies[" + s + "]";
        String first = cited.putIfAbsent(study, at);
        if (first != null) {
          errors.error(citing, first.equals(at)
              ? "study '" + study + "' is listed twice in studies"
              : "study '" + study + "' is appraised twice for this " + body + " (also " + first + ")");
        }
      }
    }
  }

  @Override
  public NassAssessment assess(Question question, NassRecommendation recommendation, Guideline guideline) {
    return new NassAssessor(recommendation, AppraisalVariations.of(guideline)).assess();
  }
}
