package org.evidencegrading.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the errors of one read, up to a cap. Binding errors that the reader can recover from
 * (an unknown field, an invalid enumeration value, a number out of range) are collected here and
 * reading goes on, so that one run reports them all.
 */
final class ErrorCollector {

  /** Thrown when the cap is reached: reading stops. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super("too many errors", null, false, false);
    }
  }

  private final Optional<String> file;
  private final int cap;
  private final List<InputError> errors = new ArrayList<>();

  ErrorCollector(Optional<String> file, int cap) {
    this.file = file;
    this.cap = cap;
  }

  /** The collector of the read a deserialization context belongs to, if any. */
  static Optional<ErrorCollector> of(com.fasterxml.jackson.databind.DeserializationContext context) {
    return Optional.ofNullable((ErrorCollector) context.getAttribute(ErrorCollector.class));
  }

  /** Records an error at the parser's current token; throws {@link Full} at the cap. */
  void add(JsonParser parser, String path, String message) {
    add(error(parser.currentTokenLocation(), path, message));
  }

  /** Records an error; throws {@link Full} at the cap. */
  void add(InputError error) {
    if (errors.size() >= cap) {
      throw new Full();
    }
    errors.add(error);
  }

  /** An error of this read's file at a location. */
  InputError error(JsonLocation location, String path, String message) {
    InputError.Builder error = InputError.builder().file(file).path(path).message(message);
    if (location != null && location.getLineNr() > 0) {
      error.line(location.getLineNr()).column(Math.max(location.getColumnNr(), 1));
    }
    return error.build();
  }

  /** An error of this read's file without a location. */
  InputError error(String path, String message) {
    return InputError.builder().file(file).path(path).message(message).build();
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  boolean isFull() {
    return errors.size() >= cap;
  }

  ImmutableList<InputError> errors() {
    return ImmutableList.copyOf(errors);
  }
}
