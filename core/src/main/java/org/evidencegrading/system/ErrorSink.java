package org.evidencegrading.system;

/** Where validation reports what is wrong with an input. */
@FunctionalInterface
public interface ErrorSink {

  /**
   * Reports an error.
   *
   * @param path the field path of the offending value, relative to the value being validated
   *     (e.g. {@code appraisals[2].study}); empty for the value itself
   * @param message what is wrong and what was expected, without a trailing period
   */
  void error(String path, String message);
}
