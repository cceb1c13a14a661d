package org.evidencegrading.rulesets.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One recommendation under every rule set compared: the grade each gives, whether they differ
 * (in rank or direction) and why; or why it was not compared (it has no appraisals: a consensus
 * statement, a compound statement, a GRADE recommendation).
 */
@Value.Immutable
@JsonSerialize(as = ComparedRecommendation.class)
@JsonPropertyOrder({"id", "question", "published", "grades", "differ", "differences", "skipped"})
abstract class AbstractComparedRecommendation {

  public abstract String id();

  public abstract String question();

  /** The grade the guideline printed, in its own system's terms. */
  public abstract Optional<String> published();

  public abstract ImmutableList<SystemGrade> grades();

  /** Whether the rule sets give grades of different rank or direction. */
  public abstract boolean differ();

  /** Where they differ: the grades and the studies whose levels differ, with why. */
  public abstract ImmutableList<String> differences();

  public abstract Optional<String> skipped();
}
