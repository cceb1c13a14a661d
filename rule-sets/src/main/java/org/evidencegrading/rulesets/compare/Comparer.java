package org.evidencegrading.rulesets.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Recommendation;
import org.evidencegrading.rulesets.RuleSetSystem;
import org.evidencegrading.rulesets.definition.Grade;
import org.evidencegrading.rulesets.definition.Row;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.rulesets.grading.AppraisalLevels;
import org.evidencegrading.rulesets.grading.Evidence;
import org.evidencegrading.rulesets.grading.EvidenceGrade;
import org.evidencegrading.rulesets.model.Finding;
import org.evidencegrading.rulesets.model.RuleSetAppraisal;
import org.evidencegrading.rulesets.model.RuleSetRecommendation;
import org.evidencegrading.trace.Step;

/** Grades every recommendation of a guideline under each rule set; see {@link Comparison#of}. */
final class Comparer {

  /** How many studies with a level under one rule set and none under another a difference lists. */
  private static final int SHOWN = 3;

  private Comparer() {}

  static Comparison compare(Guideline guideline, List<RuleSetSystem> systems) {
    Comparison.Builder comparison = Comparison.builder()
        .guideline(guideline.guideline().id())
        .guidelineSystem(guideline.guideline().system())
        .addAllSystems(systems.stream().map(RuleSetSystem::id).toList());
    for (Question question : guideline.questions()) {
      for (Recommendation recommendation : question.recommendations()) {
        comparison.addRecommendations(compare(guideline.guideline().system(), question, recommendation, systems));
      }
    }
    return comparison.build();
  }

  private static ComparedRecommendation compare(String guidelineSystem, Question question, Recommendation recommendation,
      List<RuleSetSystem> systems) {
    ComparedRecommendation.Builder compared = ComparedRecommendation.builder().id(recommendation.id()).question(question.id());
    JsonNode tree = Mappers.json().valueToTree(recommendation);
    JsonNode printed = tree.path("published").path("grade");
    if (printed.isTextual()) {
      compared.published(printed.asText());
    }
    Optional<String> skipped = skipped(tree);
    if (skipped.isPresent()) {
      return compared.differ(false).skipped(skipped.get()).build();
    }
    ImmutableList<RuleSetAppraisal> appraisals = recommendation instanceof RuleSetRecommendation graded
        ? graded.appraisals()
        : appraisals(tree.path("appraisals"));
    List<SystemGrade> grades = new ArrayList<>();
    for (RuleSetSystem system : systems) {
      grades.add(grade(system.rules(), system, guidelineSystem, appraisals));
    }
    boolean differ = grades.stream().map(Comparer::position).distinct().count() > 1;
    return compared.addAllGrades(grades).differ(differ).addAllDifferences(differ ? differences(grades) : List.of()).build();
  }

  /** Why a recommendation cannot be compared: it has no appraisals. */
  private static Optional<String> skipped(JsonNode tree) {
    JsonNode appraisals = tree.path("appraisals");
    if (appraisals.isArray() && !appraisals.isEmpty()) {
      return Optional.empty();
    }
    if (tree.has("consensus") || tree.path("published").path("grade").asText().equals("CONSENSUS")) {
      return Optional.of("a consensus statement: no appraisals to grade");
    }
    if (tree.has("components")) {
      return Optional.of("a compound statement: its components are not compared");
    }
    if (tree.has("outcomes") || tree.has("goodPractice")) {
      return Optional.of("graded by outcomes, not appraisals");
    }
    return appraisals.isArray() ? Optional.empty() : Optional.of("no appraisals");
  }

  /**
   * A recommendation's appraisals read by their field names in the NASS shape (study, studyType,
   * design, potentialLevel, downgrades, downgradeSteps, publishedLevel, finding, indirect), whatever
   * the system of the guideline; a series of papers ({@code studies}) counts once, by its first.
   */
  private static ImmutableList<RuleSetAppraisal> appraisals(JsonNode list) {
    ImmutableList.Builder<RuleSetAppraisal> appraisals = ImmutableList.builder();
    for (JsonNode node : list) {
      RuleSetAppraisal.Builder appraisal = RuleSetAppraisal.builder()
          .study(node.has("study") ? node.path("study").asText() : node.path("studies").path(0).asText())
          .studyType(node.path("studyType").asText())
          .design(node.path("design").asText())
          .finding(Finding.valueOf(node.path("finding").asText()))
          .indirect(node.path("indirect").asBoolean(false));
      text(node, "potentialLevel").ifPresent(appraisal::potentialLevel);
      text(node, "publishedLevel").ifPresent(appraisal::publishedLevel);
      node.path("downgrades").forEach(reason -> appraisal.addDowngrades(reason.asText()));
      if (node.path("downgradeSteps").isInt()) {
        appraisal.downgradeSteps(node.path("downgradeSteps").asInt());
      }
      appraisals.add(appraisal.build());
    }
    return appraisals.build();
  }

  private static Optional<String> text(JsonNode node, String field) {
    return node.path(field).isTextual() ? Optional.of(node.path(field).asText()) : Optional.empty();
  }

  /**
   * The evidence graded by one rule set. A guideline graded by the rule set (or by a system whose
   * levels it shares) keeps its printed and stated levels; any other is graded from each study's
   * type, design and downgrades through the set's own table, its printed levels being another
   * system's.
   */
  private static SystemGrade grade(RuleSet rules, RuleSetSystem system, String guidelineSystem, List<RuleSetAppraisal> appraisals) {
    boolean own = rules.id().equals(guidelineSystem) || rules.compatibleSystems().contains(guidelineSystem);
    ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
    ImmutableList.Builder<StudyLevel> levels = ImmutableList.builder();
    for (RuleSetAppraisal appraisal : appraisals) {
      RuleSetAppraisal mapped = own && known(rules, appraisal) ? appraisal : appraisal.withoutStatedLevels();
      AppraisalLevels derived = AppraisalLevels.of(rules, mapped);
      derived.gradingLevel().ifPresent(level -> evidence.add(Evidence.of(mapped.study(), level, mapped.finding(), mapped.indirect())));
      levels.add(StudyLevel.of(mapped.study(), derived.gradingLevel(), how(derived)));
    }
    EvidenceGrade grade = system.gradeRule().decide(evidence.build());
    return SystemGrade.builder()
        .system(rules.id())
        .grade(grade)
        .rank(rank(rules, grade))
        .addAllLevels(levels.build())
        .why(why(rules, grade, levels.build()))
        .build();
  }

  /** Whether the printed and stated levels of an appraisal are levels of the rule set. */
  private static boolean known(RuleSet rules, RuleSetAppraisal appraisal) {
    return appraisal.publishedLevel().map(level -> rules.level(level).isPresent()).orElse(true)
        && appraisal.potentialLevel().map(level -> rules.level(level).isPresent()).orElse(true);
  }

  private static String how(AppraisalLevels levels) {
    if (levels.appraisal().publishedLevel().isPresent()) {
      return "printed";
    }
    return levels.trace().steps().stream()
        .filter(step -> !step.rule().endsWith(".grading-level"))
        .map(Step::reason)
        .collect(Collectors.joining("; "));
  }

  /** The grade's position among the rule set's grades with a direction, 1 the strongest; 0 without direction. */
  private static Optional<Integer> rank(RuleSet rules, EvidenceGrade grade) {
    if (grade.grade().isEmpty()) {
      return Optional.empty();
    }
    List<Grade> directional = rules.grades().stream().filter(Grade::directional).toList();
    Grade of = rules.grade(grade.grade().get()).orElseThrow();
    return Optional.of(of.directional() && grade.direction().isPresent() ? directional.indexOf(of) + 1 : 0);
  }

  /**
   * What is compared across rule sets: the rank and the direction of a grade with a direction; a
   * grade without one (insufficient evidence, consensus) and no grade at all are alike: neither
   * recommends for or against on the evidence.
   */
  private static String position(SystemGrade grade) {
    return grade.rank().filter(rank -> rank > 0)
        .map(rank -> rank + " " + grade.grade().direction().orElseThrow())
        .orElse("no grade for or against");
  }

  private static String why(RuleSet rules, EvidenceGrade grade, List<StudyLevel> levels) {
    Map<String, String> levelOf = new HashMap<>();
    levels.forEach(level -> level.level().ifPresent(id -> levelOf.put(level.study(), id)));
    String counted = grade.counted().isEmpty()
        ? "no studies"
        : grade.counted().stream().map(study -> study + " (" + levelOf.get(study) + ")").collect(Collectors.joining(", "));
    if (grade.row().isPresent()) {
      Row row = rules.rows().stream().filter(r -> r.id().equals(grade.row().get())).findFirst().orElseThrow();
      return "row " + row.id() + ", \"" + row.words() + "\": " + counted
          + row.ungraded().map(reason -> "; no grade: " + reason).orElse("");
    }
    return grade.covered() ? "only the panel's judgment gives a grade: " + counted : "no row of " + rules.id() + " covers this evidence";
  }

  /** Each rule set's grade and why, then the studies one set counts and another cannot. */
  private static ImmutableList<String> differences(List<SystemGrade> grades) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (SystemGrade grade : grades) {
      lines.add(grade.system() + " gives " + grade.grade() + ": " + grade.why());
    }
    List<String> uncounted = new ArrayList<>();
    for (StudyLevel first : grades.get(0).levels()) {
      String study = first.study();
      boolean someHaveNone = grades.stream().anyMatch(grade -> level(grade, study).flatMap(StudyLevel::level).isEmpty());
      boolean someHaveOne = grades.stream().anyMatch(grade -> level(grade, study).flatMap(StudyLevel::level).isPresent());
      if (someHaveNone && someHaveOne) {
        uncounted.add(study + ": " + grades.stream()
            .map(grade -> grade.system() + " " + level(grade, study).map(l -> l.level().orElse("no level") + " (" + l.how() + ")").orElse("-"))
            .collect(Collectors.joining("; ")));
      }
    }
    lines.addAll(uncounted.subList(0, Math.min(SHOWN, uncounted.size())));
    if (uncounted.size() > SHOWN) {
      lines.add("(and " + (uncounted.size() - SHOWN) + " more studies that one rule set gives a level and another none)");
    }
    return lines.build();
  }

  private static Optional<StudyLevel> level(SystemGrade grade, String study) {
    return grade.levels().stream().filter(level -> level.study().equals(study)).findFirst();
  }
}
