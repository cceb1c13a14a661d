package org.evidencegrading.rulesets;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.DocumentReader;
import org.evidencegrading.io.InvalidDocumentException;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.rulesets.definition.RuleSetValidator;

/**
 * Reads rule-set files ({@code format: evidence-grading-rules/1}) as strictly as guideline files
 * are read, and the rule sets this library ships: {@code nass-2024} (the NASS 2024 levels and
 * linking tables, which the built-in NASS system reads as its own), {@code aaos} (the AAOS strength of
 * recommendation) and {@code sign-50} (SIGN 50's levels 1++ to 4 and grades A to D).
 *
 * <pre>{@code
 * RuleSetSystem mine = RuleSets.system(Path.of("my-rules.yaml"));
 * RuleSetSystem sign = new RuleSetSystem(RuleSets.shipped("sign-50"));
 * }</pre>
 */
public final class RuleSets {

  /** The names of the rule sets shipped with the library. */
  public static final ImmutableList<String> SHIPPED = ImmutableList.of("nass-2024", "aaos", "sign-50");

  private static final DocumentReader<RuleSet> READER = DocumentReader.of(RuleSet.class, "rule set", RuleSetValidator::validate);

  private RuleSets() {}

  /** The reader of rule-set files. */
  public static DocumentReader<RuleSet> reader() {
    return READER;
  }

  /**
   * Reads a rule-set file.
   *
   * @throws InvalidDocumentException if it cannot be read or is not a valid rule set
   */
  public static RuleSet read(Path file) {
    return READER.parse(file);
  }

  /** The grading system of a rule-set file. */
  public static RuleSetSystem system(Path file) {
    return new RuleSetSystem(read(file));
  }

  /**
   * A shipped rule set, by name.
   *
   * @throws IllegalArgumentException if no rule set of this name is shipped
   */
  public static RuleSet shipped(String name) {
    if (!SHIPPED.contains(name)) {
      throw new IllegalArgumentException("no shipped rule set '" + name + "' (expected one of: " + String.join(", ", SHIPPED) + ")");
    }
    try (InputStream in = RuleSets.class.getResourceAsStream(name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("the shipped rule set " + name + ".yaml is missing from the jar");
      }
      return READER.parse(in.readAllBytes(), DocumentFormat.YAML, name + ".yaml (shipped)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rule set a command-line argument names: the file, if there is one of this name; else the
   * shipped set of this name; else the file (which then cannot be read).
   */
  public static RuleSet resolve(String fileOrName) {
    Path file = Path.of(fileOrName);
    return !Files.exists(file) && SHIPPED.contains(fileOrName) ? shipped(fileOrName) : read(file);
  }
}
