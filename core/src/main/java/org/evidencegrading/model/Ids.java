package org.evidencegrading.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** Invariants shared by the identifiers of the model. */
public final class Ids {

  /** The pattern of a guideline id, as the file format fixes it: {@code [a-z0-9][a-z0-9-]*}. */
  public static final Pattern GUIDELINE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** The most characters of an id (other than a guideline's). */
  public static final int MAX_ID_LENGTH = 64;

  /**
   * The pattern of the ids of studies, questions, recommendations and outcomes: ASCII letters,
   * digits, {@code .}, {@code _} and {@code -}, starting with a letter or a digit, at most {@value
   * #MAX_ID_LENGTH} characters ({@code berenson-2011}, {@code interventional-2a}, {@code pico-1},
   * {@code pain-1m}). Two ids that look alike are therefore the same id: no spaces, no look-alike
   * letters of other scripts, no invisible or control characters, no differently composed accents.
   */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_ID_LENGTH - 1) + "}");

  private Ids() {}

  /**
   * Checks that an id matches {@link #ID}, e.g. {@code check(id(), "study id")} in a value's
   * invariant.
   *
   * @param what what the id is, for the message: "study id"
   * @throws IllegalStateException saying what is wrong, if the id does not match
   */
  public static void check(String id, String what) {
    Optional<String> problem = problem(id, what);
    if (problem.isPresent()) {
      throw new IllegalStateException(problem.get());
    }
  }

  /** What is wrong with an id, if it does not match {@link #ID}. */
  public static Optional<String> problem(String id, String what) {
    if (id.isBlank()) {
      return Optional.of(what + " must not be blank");
    }
    if (ID.matcher(id).matches()) {
      return Optional.empty();
    }
    String shown = id.length() > MAX_ID_LENGTH ? id.substring(0, MAX_ID_LENGTH - 3) + "..." : id;
    return Optional.of(what + " '" + shown + "' is not a valid id: use letters A-Z and a-z, digits,"
        + " '.', '_' and '-', starting with a letter or a digit, at most " + MAX_ID_LENGTH + " characters");
  }
}
