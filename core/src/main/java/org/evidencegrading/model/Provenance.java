package org.evidencegrading.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * A part of a guideline that records judgments (an appraisal, an outcome, a decision) together with
 * where its values come from (revision 2 of the file format):
 *
 * <pre>{@code
 * reasons:                   # the source's own stated reason per field
 *   imprecision: "CI includes benefit and harm"
 * inferred: [riskOfBias]     # fields whose value the encoder inferred, not read in the source
 * }</pre>
 *
 * <p>Each key of {@link #reasons()} and each entry of {@link #inferred()} names a field of the same
 * value; {@link org.evidencegrading.system.Provenances} validates that. A result resting on an
 * inferred value says so (an INFO problem {@code RESTS_ON_INFERRED}, and in every report).
 */
public interface Provenance {

  /** The source's own reason for a field's value, by field name, in file order. */
  ImmutableMap<String, String> reasons();

  /** The fields whose value the encoder inferred rather than read in the source. */
  ImmutableList<String> inferred();

  /** Whether the encoder inferred this field's value. */
  default boolean isInferred(String field) {
    return inferred().contains(field);
  }
}
