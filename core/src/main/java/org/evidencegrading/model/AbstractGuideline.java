package org.evidencegrading.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * One guideline: its bibliography and its clinical questions, each with the recommendations and the
 * appraised evidence behind them, together with what the guideline published.
 *
 * <p>Read one from a file with {@link org.evidencegrading.io.GuidelineReader}; check it with
 * {@link org.evidencegrading.check.Checker}.
 */
@Value.Immutable
@JsonSerialize(as = Guideline.class)
@JsonDeserialize(as = Guideline.class)
@JsonPropertyOrder({"format", "guideline", "studies", "questions"})
abstract class AbstractGuideline {

  /** The only file format version this library reads and writes. */
  public static final String FORMAT = "evidence-grading/1";

  /** Always {@value #FORMAT}. */
  @Value.Default
  public String format() {
    return FORMAT;
  }

  /** The {@code guideline:} block: id, title, and the grading system. */
  public abstract GuidelineInfo guideline();

  /** The bibliography. */
  public abstract ImmutableList<Study> studies();

  public abstract ImmutableList<Question> questions();

  /** The studies by id, for constant-time look-up; a duplicated id keeps its first study. */
  @Value.Lazy
  protected ImmutableMap<String, Study> studiesById() {
    Map<String, Study> byId = new HashMap<>();
    for (Study study : studies()) {
      byId.putIfAbsent(study.id(), study);
    }
    return ImmutableMap.copyOf(byId);
  }

  /** The study of the bibliography with this id. */
  public Optional<Study> study(String id) {
    return Optional.ofNullable(studiesById().get(id));
  }

  /** Every recommendation of every question, in file order. */
  public Stream<Recommendation> recommendations() {
    return questions().stream().flatMap(question -> question.recommendations().stream());
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(
        FORMAT.equals(format()), "format must be '%s', not '%s'", FORMAT, format());
  }
}
