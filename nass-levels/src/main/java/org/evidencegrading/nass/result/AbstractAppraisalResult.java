package org.evidencegrading.nass.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.evidencegrading.nass.levels.AppraisalLevels;
import org.evidencegrading.nass.levels.PotentialLevelSource;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/**
 * One appraisal's levels as the report shows them: {@code level} is the derived level, {@code
 * agrees} whether it equals the published level (absent when either is missing).
 */
@Value.Immutable
@JsonSerialize(as = AppraisalResult.class)
@JsonPropertyOrder({"study", "studyType", "design", "potentialLevel", "potentialLevelSource", "level",
    "publishedLevel", "gradingLevel", "agrees", "finding"})
abstract class AbstractAppraisalResult {

  public abstract String study();

  public abstract StudyType studyType();

  public abstract Design design();

  public abstract Optional<Level> potentialLevel();

  public abstract PotentialLevelSource potentialLevelSource();

  /** The derived level. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Level> level();

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Level> publishedLevel();

  /** The level the grade was derived from: the published level, else the derived one. */
  public abstract Optional<Level> gradingLevel();

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Boolean> agrees();

  public abstract Finding finding();

  /**
   * How it was derived. Left out of the JSON report, whose fields already show every input and
   * output of the derivation; a mismatch's problem message spells the steps out.
   */
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
        .trace(levels.trace())
        .build();
  }
}
