package org.evidencegrading.rulesets.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.evidencegrading.rulesets.grading.AppraisalLevels;
import org.evidencegrading.rulesets.grading.PotentialLevelSource;
import org.evidencegrading.rulesets.model.Finding;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/**
 * One appraisal's levels as the report shows them: {@code level} is the derived level, {@code
 * agrees} whether it equals the published level (absent when either is missing), with the source's
 * {@code reasons} and the fields the encoder {@code inferred}.
 */
@Value.Immutable
@JsonSerialize(as = AppraisalResult.class)
@JsonPropertyOrder({"study", "studyType", "design", "potentialLevel", "potentialLevelSource", "level", "publishedLevel",
    "gradingLevel", "agrees", "finding", "indirect", "reasons", "inferred"})
abstract class AbstractAppraisalResult {

  public abstract String study();

  public abstract String studyType();

  public abstract String design();

  public abstract Optional<String> potentialLevel();

  public abstract PotentialLevelSource potentialLevelSource();

  /** The derived level. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> level();

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> publishedLevel();

  /** The level the grade was derived from: the published level, else the derived one. */
  public abstract Optional<String> gradingLevel();

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Boolean> agrees();

  public abstract Finding finding();

  public abstract boolean indirect();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableMap<String, String> reasons();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<String> inferred();

  /** How the levels were derived; the fields above show every input and output of it. */
  @JsonIgnore
  public abstract Trace trace();

  /** An appraisal's levels as the report shows them. */
  public static AppraisalResult of(AppraisalLevels levels) {
    return AppraisalResult.builder()
        .study(levels.appraisal().study())
        .studyType(levels.appraisal().studyType())
        .design(levels.appraisal().design())
        .potentialLevel(levels.potentialLevel())
        .potentialLevelSource(levels.potentialLevelSource())
        .level(levels.derivedLevel())
        .publishedLevel(levels.appraisal().publishedLevel())
        .gradingLevel(levels.gradingLevel())
        .agrees(levels.agrees())
        .finding(levels.appraisal().finding())
        .indirect(levels.appraisal().indirect())
        .putAllReasons(levels.appraisal().reasons())
        .addAllInferred(levels.appraisal().inferred())
        .trace(levels.trace())
        .build();
  }
}
