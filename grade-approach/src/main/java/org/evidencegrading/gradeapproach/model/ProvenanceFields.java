package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.evidencegrading.model.Provenance;

/**
 * The {@link Provenance} of a GRADE value as a file writes it: {@code reasons}, the source's own
 * reason per field (a summary-of-findings table's footnotes), and {@code inferred}, the fields whose
 * value the encoder inferred rather than read in the source; both left out when empty.
 */
public interface ProvenanceFields extends Provenance {

  /** The source's reason per field, e.g. {@code imprecision: "CI includes benefit and harm"}. */
  @Override
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  ImmutableMap<String, String> reasons();

  /** The fields whose value the encoder inferred, e.g. {@code [importance]}. */
  @Override
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  ImmutableList<String> inferred();
}
