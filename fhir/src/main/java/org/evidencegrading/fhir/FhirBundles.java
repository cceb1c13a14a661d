package org.evidencegrading.fhir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import org.evidencegrading.check.CheckListener;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.model.Guideline;

/**
 * A checked guideline as a FHIR R5 document Bundle, in the shapes of HL7's Evidence-Based Medicine on
 * FHIR implementation guide: the guideline and each recommendation as a {@code Composition}, each
 * recommendation's rating and justification as an {@code ArtifactAssessment}, each GRADE outcome as
 * an {@code Evidence} with its certainty, each NASS appraisal as an {@code ArtifactAssessment} of the
 * study's {@code Citation}. Values the guideline published are authored (rated) by its publisher,
 * values the checker derived by the evidence-grading checker. Written with Jackson alone; the
 * README's FHIR section maps every field of the file to its element.
 *
 * <pre>{@code
 * Guideline guideline = GuidelineReader.read(file);
 * String bundle = FhirBundles.of(Checker.check(guideline), guideline);
 * // or while checking, one recommendation's result at a time:
 * Checker.using(systems).run(guideline, FhirBundles.listener(guideline, writer));
 * }</pre>
 *
 * <p>{@link FhirGuidelines#read} reads such a Bundle back into the guideline.
 */
public final class FhirBundles {

  private FhirBundles() {}

  /**
   * A listener that writes the check of {@code guideline} to {@code out} as a Bundle while the check
   * goes, stamped now.
   *
   * @throws IllegalArgumentException if the guideline is graded by a system other than NASS or GRADE
   */
  public static CheckListener listener(Guideline guideline, Writer out) {
    return listener(guideline, out, Instant.now());
  }

  /** A listener that writes the check of {@code guideline} as a Bundle stamped {@code timestamp}. */
  public static CheckListener listener(Guideline guideline, Writer out, Instant timestamp) {
    return new BundleWriter(guideline, out, timestamp);
  }

  /** Writes the report of a check of {@code guideline} to {@code out} as a Bundle stamped {@code timestamp}. */
  public static void write(CheckReport report, Guideline guideline, Writer out, Instant timestamp) throws IOException {
    CheckListener listener = listener(guideline, out, timestamp);
    listener.begin(report.guideline());
    for (RecommendationResult result : report.recommendations()) {
      listener.recommendation(result);
    }
    listener.end(report.problems(), report.summary());
  }

  /** The report of a check of {@code guideline} as a Bundle (JSON), stamped now. */
  public static String of(CheckReport report, Guideline guideline) {
    return of(report, guideline, Instant.now());
  }

  /** The report of a check of {@code guideline} as a Bundle (JSON) stamped {@code timestamp}. */
  public static String of(CheckReport report, Guideline guideline, Instant timestamp) {
    StringWriter out = new StringWriter();
    try {
      write(report, guideline, out, timestamp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
