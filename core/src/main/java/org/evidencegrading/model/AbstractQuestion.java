package org.evidencegrading.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A clinical question and the recommendations that answer it. A question may have no
 * recommendations (the systematic review found no usable evidence); its {@link #note()} says so.
 */
@Value.Immutable
@JsonSerialize(as = Question.class)
@JsonDeserialize(as = Question.class)
abstract class AbstractQuestion {

  /** Unique in the guideline file; matches {@link Ids#ID}. */
  public abstract String id();

  /** The part of the guideline the question belongs to, e.g. "Interventional Treatment". */
  public abstract Optional<String> section();

  /** The question as printed. */
  public abstract Optional<String> text();

  /** Free text, e.g. why the question has no recommendation. */
  public abstract Optional<String> note();

  /** PICO: the population the question is about. */
  public abstract Optional<String> population();

  /** PICO: the intervention. */
  public abstract Optional<String> intervention();

  /** PICO: the comparison. */
  public abstract Optional<String> comparison();

  public abstract ImmutableList<Recommendation> recommendations();

  @Value.Check
  protected void check() {
    Ids.check(id(), "question id");
  }
}
