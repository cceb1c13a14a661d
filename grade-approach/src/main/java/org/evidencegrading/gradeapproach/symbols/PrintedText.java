package org.evidencegrading.gradeapproach.symbols;

/** Printed symbols as compared: without the spaces a typesetter or a PDF extraction put between them. */
final class PrintedText {

  private PrintedText() {}

  /** The text without white space or other space characters (such as no-break spaces). */
  static String withoutSpaces(String printed) {
    StringBuilder out = new StringBuilder(printed.length());
    printed.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
