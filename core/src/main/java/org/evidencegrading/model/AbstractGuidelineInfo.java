package org.evidencegrading.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import java.util.Optional;
import org.immutables.value.Value;

/** What a guideline is and which grading system grades it (the file's {@code guideline:} block). */
@Value.Immutable
@JsonSerialize(as = GuidelineInfo.class)
@JsonDeserialize(as = GuidelineInfo.class)
abstract class AbstractGuidelineInfo {

  /** Matches {@link Ids#GUIDELINE_ID}, e.g. {@code nass-nvf-2024}. */
  public abstract String id();

  public abstract Optional<String> title();

  public abstract Optional<String> publisher();

  public abstract Optional<Integer> year();

  /**
   * The id of the grading system that grades this guideline, e.g. {@code NASS} or {@code GRADE};
   * matched exactly against the {@link org.evidencegrading.system.GradingSystem#id() ids} of the
   * systems on the class path.
   */
  public abstract String system();

  @Value.Check
  protected void check() {
    Preconditions.checkState(
        Ids.GUIDELINE_ID.matcher(id()).matches(),
        "guideline id '%s' does not match %s",
        id(),
        Ids.GUIDELINE_ID.pattern());
  }
}
