package org.evidencegrading.io;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;

/**
 * A document could not be read, or was read but is invalid: what {@link DocumentReader} throws for
 * bad input, and the type of {@link InvalidGuidelineException}, which the guideline reader throws.
 * {@link #errors()} lists every error found (up to the {@link
 * ReadLimits#maxErrors() cap}), each with its file, line and column where known, field path and
 * message. The message of the exception is the first error, with the count of the others.
 */
public class InvalidDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<InputError> errors;

  /** An exception listing these errors (at least one). */
  public InvalidDocumentException(Iterable<InputError> errors) {
    super(summary(ImmutableList.copyOf(errors)));
    this.errors = ImmutableList.copyOf(errors);
  }

  /** A single error. */
  public static InvalidDocumentException of(InputError error) {
    return new InvalidDocumentException(ImmutableList.of(error));
  }

  /** Every error found, in file order. Never empty. */
  public ImmutableList<InputError> errors() {
    return errors;
  }

  private static String summary(ImmutableList<InputError> errors) {
    Preconditions.checkArgument(!errors.isEmpty(), "an invalid document has at least one error");
    String first = errors.get(0).toString();
    return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
  }
}
