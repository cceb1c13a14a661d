package org.evidencegrading.fhir;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Optional;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.DocumentReader;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InvalidDocumentException;
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

  /** Reads a file as a JSON tree; what makes it a Bundle the {@link BundleReader} checks. */
  private static final DocumentReader<JsonNode> BUNDLE = DocumentReader.of(JsonNode.class, "FHIR Bundle", (tree, errors) -> {});

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

  /**
   * Reads a Bundle file, binding the guideline to the grading systems of {@code systems}. The file is
   * read as JSON, with the limits and the strictness of a guideline file (one document, no duplicate
   * keys, a regular file of at most the default size).
   */
  public static Guideline read(Path bundle, GradingSystems systems) {
    JsonNode tree;
    try {
      tree = BUNDLE.parse(bundle, DocumentFormat.JSON);
    } catch (InvalidDocumentException e) {
      throw new InvalidGuidelineException(e.errors());
    }
    return read(tree, bundle.toString(), systems);
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

}
