package org.evidencegrading.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with an input file: where (file, line and column where known, the field path)
 * and what was expected.
 */
@Value.Immutable
@JsonSerialize(as = InputError.class)
@JsonPropertyOrder({"file", "line", "column", "path", "message"})
abstract class AbstractInputError {

  /** Orders errors by file position; errors without a position come last, in path order. */
  public static final Comparator<InputError> BY_POSITION =
      Comparator.comparing((InputError e) -> e.line().orElse(Integer.MAX_VALUE))
          .thenComparing(e -> e.column().orElse(Integer.MAX_VALUE))
          .thenComparing(InputError::path);

  /** The file as the user named it, where the input came from a file. */
  public abstract Optional<String> file();

  /** 1-based line, where known. */
  public abstract Optional<Integer> line();

  /** 1-based column, where known. */
  public abstract Optional<Integer> column();

  /**
   * The path of the offending field from the document root, e.g. {@code
   * questions[3].recommendations[0].appraisals[1].design}; empty for the document as a whole.
   */
  @Value.Default
  public String path() {
    return "";
  }

  /**
   * What is wrong and what was expected, in one sentence without a trailing period; printable (see
   * {@link #printableMessage()}).
   */
  public abstract String message();

  /**
   * Messages are safe to print as they are: control and invisible characters of the input quoted
   * in them are shown as escapes, and a message is at most 1,000 characters.
   */
  @Value.Check
  protected AbstractInputError printableMessage() {
    String printable = Quoted.line(message());
    return printable.equals(message()) ? this : InputError.copyOf(this).withMessage(printable);
  }

  /** This error with a file position. */
  public InputError at(int line, int column) {
    return InputError.copyOf(this).withLine(line).withColumn(column);
  }

  /**
   * The error as one line: {@code file:line:column: path: message}, leaving out what is unknown.
   * Safe to print: control characters are shown as escapes, and long field names and messages are
   * abbreviated.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    file().ifPresent(file -> out.append(Quoted.line(file)));
    line().ifPresent(line -> out.append(out.length() > 0 ? ":" : "line ").append(line));
    column().ifPresent(column -> out.append(':').append(column));
    if (!path().isEmpty()) {
      out.append(out.length() > 0 ? ": " : "").append(Quoted.path(path()));
    }
    return out.append(out.length() > 0 ? ": " : "").append(Quoted.line(message())).toString();
  }
}
