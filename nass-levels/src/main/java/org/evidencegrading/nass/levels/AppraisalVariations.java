package org.evidencegrading.nass.levels;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Recommendation;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.NassRecommendation;

/**
 * The studies of a guideline that are appraised with a different design or study type under
 * different recommendations. NASS allows it: "a number of studies were reviewed several times in
 * answering different questions within this guideline. How a given question was asked might
 * influence how a study was evaluated" (NASS 2024, p. 13); a reader still wants to know where, so
 * the checker reports each such study once (INFO {@code APPRAISAL_VARIES}, revision 2 of the file
 * format), at the first recommendation whose appraisal differs from the study's first one.
 *
 * <p>The index is built once per guideline, in one pass over its appraisals, and kept while the
 * guideline is in use (a small cache with weak keys, compared by identity): checking a guideline of
 * N appraisals stays O(N).
 */
public final class AppraisalVariations {

  /** What the variations implement, for problems' messages. */
  public static final String SOURCE = "NASS 2024, p. 13, studies reviewed several times for different questions";

  /** Recommendations named per design in a message before "and N more". */
  private static final int NAMED = 3;

  private static final LoadingCache<Guideline, AppraisalVariations> INDEXES =
      CacheBuilder.newBuilder().weakKeys().maximumSize(8).build(CacheLoader.from(AppraisalVariations::new));

  /** By study id: the recommendation to report it at, and the message. */
  private final ImmutableMap<String, AppraisalVariation> variations;

  private AppraisalVariations(Guideline guideline) {
    Map<String, Map<String, Set<String>>> uses = new HashMap<>();
    Map<String, String> firstDiffering = new LinkedHashMap<>();
    guideline.recommendations().forEach(recommendation -> index(recommendation, uses, firstDiffering));
    ImmutableMap.Builder<String, AppraisalVariation> built = ImmutableMap.builderWithExpectedSize(firstDiffering.size());
    firstDiffering.forEach((study, at) -> built.put(study, AppraisalVariation.of(at, message(study, uses.get(study)))));
    this.variations = built.build();
  }

  /** The variations of a guideline's appraisals, built on first use. */
  public static AppraisalVariations of(Guideline guideline) {
    return INDEXES.getUnchecked(guideline);
  }

  /** How a study's appraisals vary, if they do. */
  public Optional<AppraisalVariation> variation(String study) {
    return Optional.ofNullable(variations.get(study));
  }

  private static void index(Recommendation recommendation, Map<String, Map<String, Set<String>>> uses, Map<String, String> firstDiffering) {
    if (!(recommendation instanceof NassRecommendation nass)) {
      return;
    }
    nass.allAppraisals().forEach(appraisal -> {
      String how = describe(appraisal);
      for (String study : appraisal.cited()) {
        Map<String, Set<String>> byHow = uses.computeIfAbsent(study, id -> new LinkedHashMap<>());
        if (!byHow.isEmpty() && !byHow.containsKey(how)) {
          firstDiffering.putIfAbsent(study, nass.id());
        }
        byHow.computeIfAbsent(how, h -> new LinkedHashSet<>()).add(nass.id());
      }
    });
  }

  /** "a prognostic RETROSPECTIVE_CASE_SERIES study". */
  private static String describe(Appraisal appraisal) {
    String type = appraisal.studyType().name().toLowerCase(Locale.ROOT);
    return (type.startsWith("e") ? "an " : "a ") + type + " " + appraisal.design() + " study";
  }

  private static String message(String study, Map<String, Set<String>> byHow) {
    List<String> ways = new ArrayList<>();
    byHow.forEach((how, recommendations) -> {
      List<String> named = recommendations.stream().limit(NAMED).toList();
      int more = recommendations.size() - named.size();
      ways.add(how + " under " + String.join(", ", named) + (more > 0 ? " and " + more + " more" : ""));
    });
    return study + " is appraised as " + String.join("; as ", ways)
        + " (the same paper may be read differently for different questions, " + SOURCE + ")";
  }
}
