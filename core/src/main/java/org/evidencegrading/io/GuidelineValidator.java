package org.evidencegrading.io;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.evidencegrading.model.Citation;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Ids;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Recommendation;
import org.evidencegrading.model.Study;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.GradingSystems;

/**
 * The rules a guideline must meet as a whole, beyond what each value's own invariants enforce: ids
 * are unique, recommendation ids match {@link Ids#ID} (the grading systems define the recommendation
 * types; studies and questions check their own ids), every cited study is in the bibliography, the recommendations are of the guideline's
 * grading system, and whatever that system checks itself ({@link GradingSystem#validate}). Every
 * violation is reported, not only the first.
 */
public final class GuidelineValidator {

  private GuidelineValidator() {}

  /**
   * Every error of a guideline built in code, graded by one of the {@link GradingSystems#installed()
   * installed} systems (errors carry field paths, not file positions); empty when it is valid.
   */
  public static ImmutableList<InputError> validate(Guideline guideline) {
    return validate(guideline, GradingSystems.installed());
  }

  /**
   * Every error of a guideline built in code, graded by one of {@code systems}; empty when it is
   * valid.
   */
  public static ImmutableList<InputError> validate(Guideline guideline, GradingSystems systems) {
    ImmutableList.Builder<InputError> errors = ImmutableList.builder();
    validate(guideline, systems, (path, message) -> errors.add(InputError.builder().path(path).message(message).build()));
    return errors.build();
  }

  /** Reports every error of a guideline to a sink taking the absolute field path and the message. */
  static void validate(Guideline guideline, GradingSystems systems, BiConsumer<String, String> errors) {
    Optional<GradingSystem<?, ?>> system = systems.find(guideline.guideline().system());
    if (system.isEmpty()) {
      errors.accept("guideline.system", unknownSystemMessage(guideline.guideline().system(), systems));
      return;
    }
    checkUniqueIds(guideline, errors);
    for (int q = 0; q < guideline.questions().size(); q++) {
      Question question = guideline.questions().get(q);
      for (int r = 0; r < question.recommendations().size(); r++) {
        String path = "questions[" + q + "].recommendations[" + r + "]";
        validateRecommendation(system.get(), question.recommendations().get(r), guideline, path, errors);
      }
    }
  }

  /** "unknown grading system 'nass' (expected one of: GRADE, NASS; did you mean 'NASS'?)". */
  static String unknownSystemMessage(String system, GradingSystems systems) {
    String hint = Suggestions.closest(system, systems.ids()).map(s -> "; did you mean '" + s + "'?").orElse("");
    return "unknown grading system " + Quoted.value(system) + " (expected one of: " + String.join(", ", systems.ids()) + hint + ")";
  }

  private static void checkUniqueIds(Guideline guideline, BiConsumer<String, String> errors) {
    Map<String, String> studies = new HashMap<>();
    List<Study> bibliography = guideline.studies();
    for (int s = 0; s < bibliography.size(); s++) {
      unique(studies, bibliography.get(s).id(), "studies[" + s + "].id", "study", errors);
    }
    Map<String, String> questions = new HashMap<>();
    Map<String, String> recommendations = new HashMap<>();
    for (int q = 0; q < guideline.questions().size(); q++) {
      Question question = guideline.questions().get(q);
      unique(questions, question.id(), "questions[" + q + "].id", "question", errors);
      for (int r = 0; r < question.recommendations().size(); r++) {
        String path = "questions[" + q + "].recommendations[" + r + "].id";
        String id = question.recommendations().get(r).id();
        Ids.problem(id, "recommendation id").ifPresent(problem -> errors.accept(path, problem));
        unique(recommendations, id, path, "recommendation", errors);
      }
    }
  }

  private static void unique(
      Map<String, String> seen, String id, String path, String kind, BiConsumer<String, String> errors) {
    String first = seen.putIfAbsent(id, path);
    if (first != null) {
      errors.accept(path, "duplicate " + kind + " id " + Quoted.value(id) + " (first used at " + first + ")");
    }
  }

  private static <R extends Recommendation> void validateRecommendation(
      GradingSystem<R, ?> system,
      Recommendation recommendation,
      Guideline guideline,
      String path,
      BiConsumer<String, String> errors) {
    if (!system.recommendationType().isInstance(recommendation)) {
      errors.accept(
          path,
          "a " + recommendation.getClass().getSimpleName() + " cannot be graded by the guideline's system "
              + system.id() + " (expected a " + system.recommendationType().getSimpleName() + ")");
      return;
    }
    for (Citation citation : recommendation.citations()) {
      if (guideline.study(citation.studyId()).isEmpty()) {
        String suggestion =
            Suggestions.closest(citation.studyId(), guideline.studies().stream().map(Study::id).toList())
                .map(id -> " (did you mean '" + id + "'?)")
                .orElse("");
        errors.accept(
            JsonPaths.join(path, citation.path()),
            "study " + Quoted.value(citation.studyId()) + " is not in the bibliography (studies)" + suggestion);
      }
    }
    system.validate(
        system.recommendationType().cast(recommendation),
        guideline,
        (relative, message) -> errors.accept(JsonPaths.join(path, relative), message));
  }
}
