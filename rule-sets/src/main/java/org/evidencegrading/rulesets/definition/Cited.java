package org.evidencegrading.rulesets.definition;

import java.util.Optional;

/** A part of a rule set that says where in its sources it comes from. */
public interface Cited {

  /** The id of the source, one of the rule set's {@code sources}. */
  String source();

  /** Where in the source: a page, table or section. */
  Optional<String> where();

  /** Why this part could not be checked against the source, if it could not; absent when it was. */
  Optional<String> unverified();
}
