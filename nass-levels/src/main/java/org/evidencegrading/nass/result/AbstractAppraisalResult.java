package org.evidencegrading.nass.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.evidencegrading.nass.levels.AppraisalLevels;
import org.evidencegrading.nass.levels.PotentialLevelSource;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/**
 * One appraisal's levels as the report shows them: {@code level} is the derived level, {@code
 * agrees} whether it equals the published level (absent when either is missing), {@code
 * gradingLevel} the level the grade counts it at (absent for an ungraded citation, which is listed
 * but not counted); then the source's {@code reasons} and the fields the encoder {@code inferred}.
 */
@Value.Immutable
@JsonSerialize(as = AppraisalResult.class)
@JsonPropertyOrder({"study", "studies", "studyType", "design", "potentialLevel", "potentialLevelSource", "tableLevel", "level",
    "publishedLevel", "gradingLevel", "agrees", "finding", "indirect", "reasons", "inferred"})
abstract class AbstractAppraisalResult {

  public abstract Optional<String> study();

  /** The reports of one study, for an appraisal that cites several. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<String> studies();

  public abstract StudyType studyType();

  public abstract Design design();

  public abstract Optional<Level> potentialLevel();

  public abstract PotentialLevelSource potentialLevelSource();

  /** The potential level the levels table gives the type and design, where it gives one. */
  public abstract Optional<Level> tableLevel();

  /** The derived level. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Level> level();

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Level> publishedLevel();

  /** The level the grade was derived from: the published level, else the derived one; absent for an ungraded citation. */
  public abstract Optional<Level> gradingLevel();

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Boolean> agrees();

  public abstract Finding finding();

  /** Whether the file marks the study as answering the question only indirectly. */
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public abstract boolean indirect();

  /** The source's own reason per field, as the file gives them. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableMap<String, String> reasons();

  /** The fields whose value the encoder inferred, not read in the source. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<String> inferred();

  /**
   * How it was derived. Left out of the JSON report, whose fields already show every input and
   * output of the derivation; a mismatch's problem message spells the steps out.
   */
  @JsonIgnore
  public abstract Trace trace();

  /** The appraisal's name: its study, or its reports joined by {@code +}. */
  @JsonIgnore
  public String name() {
    return study().orElse(String.join("+", studies()));
  }

  /** An appraisal's levels as the report shows them. */
  public static AppraisalResult of(AppraisalLevels levels) {
    Appraisal appraisal = levels.appraisal();
    return AppraisalResult.builder()
        .study(appraisal.study())
        .addAllStudies(appraisal.studies())
        .studyType(appraisal.studyType())
        .design(appraisal.design())
        .potentialLevel(levels.potentialLevel())
        .potentialLevelSource(levels.potentialLevelSource())
        .tableLevel(levels.tableLevel())
        .level(levels.derivedLevel())
        .publishedLevel(appraisal.publishedLevel())
        .gradingLevel(levels.gradingLevel())
        .agrees(levels.agrees())
        .finding(appraisal.finding())
        .indirect(appraisal.indirect())
        .putAllReasons(appraisal.reasons())
        .addAllInferred(appraisal.inferred())
        .trace(levels.trace())
        .build();
  }
}
