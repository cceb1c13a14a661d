package org.evidencegrading.io;

import com.google.common.collect.ImmutableList;

/**
 * A guideline could not be read, or was read but is invalid. This is the only exception the
 * reading API throws for bad input; {@link #errors()} lists every error found (up to the {@link
 * ReadLimits#maxErrors() cap}), each with its file, line and column where known, field path and
 * message. The message of the exception is the first error, with the count of the others.
 */
public final class InvalidGuidelineException extends InvalidDocumentException {

  private static final long serialVersionUID = 1L;

  /** An exception listing these errors (at least one). */
  public InvalidGuidelineException(Iterable<InputError> errors) {
    super(errors);
  }

  /** A single error. */
  public static InvalidGuidelineException of(InputError error) {
    return new InvalidGuidelineException(ImmutableList.of(error));
  }
}
