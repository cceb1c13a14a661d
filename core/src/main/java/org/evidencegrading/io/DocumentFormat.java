package org.evidencegrading.io;

import java.util.Locale;
import java.util.Optional;

/** The two syntaxes of the guideline file format. */
public enum DocumentFormat {
  YAML(".yaml", ".yml"),
  JSON(".json");

  private final String[] extensions;

  DocumentFormat(String... extensions) {
    this.extensions = extensions;
  }

  /** The format a file name's extension stands for: {@code .yaml}, {@code .yml} or {@code .json}. */
  public static Optional<DocumentFormat> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (DocumentFormat format : values()) {
      for (String extension : format.extensions) {
        if (lower.endsWith(extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }
}
