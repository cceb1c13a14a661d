package org.evidencegrading.fhir;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.system.GradingSystems;

/**
 * Reads a FHIR document Bundle written by {@link FhirBundles} back into the guideline it was written
 * from: every value the file gave (the published values and the guideline's own judgments), none of
 * what the checker derived, so that checking the guideline read back derives and finds the same.
 *
 * <pre>{@code
 * Guideline guideline = FhirGuidelines.read(Path.of("bundle.json"));
 * }</pre>
 */
public final class FhirGuidelines {

  private FhirGuidelines() {}

  /**
   * Reads a Bundle file with the installed grading systems.
   *
   * @throws InvalidGuidelineException if the file cannot be read, is not such a Bundle, or does not
   *     hold a valid guideline; its errors name the file and the entry or field
   */
  public static Guideline read(Path bundle) {
    return read(bundle, GradingSystems.installed());
  }

  /** Reads a Bundle file, binding the guideline to the grading systems of {@code systems}. */
  public static Guideline read(Path bundle, GradingSystems systems) {
    String source = bundle.toString();
    JsonNode tree;
    try {
      tree = Mappers.json().readTree(Files.readAllBytes(bundle));
    } catch (JacksonException e) {
      throw error(source, "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw error(source, "cannot read the file: " + e.getMessage());
    }
    return read(tree, source, systems);
  }

  /**
   * Reads a Bundle held as a Jackson tree.
   *
   * @param source what to call the Bundle in error messages
   */
  public static Guideline read(JsonNode bundle, String source, GradingSystems systems) {
    ObjectNode file = BundleReader.read(bundle, source);
    try {
      return GuidelineReader.using(systems).parse(Mappers.json().writeValueAsBytes(file), DocumentFormat.JSON, source);
    } catch (JacksonException e) {
      throw new IllegalStateException("a tree of strings and numbers is written as JSON", e);
    } catch (InvalidGuidelineException e) {
      // Positions would be in the guideline file the Bundle was read into, which no one sees: paths say where.
      throw new InvalidGuidelineException(e.errors().stream()
          .map(error -> error.withLine(Optional.empty()).withColumn(Optional.empty()))
          .collect(ImmutableList.toImmutableList()));
    }
  }

  private static InvalidGuidelineException error(String source, String message) {
    return InvalidGuidelineException.of(InputError.builder().file(source).message(message).build());
  }
}
