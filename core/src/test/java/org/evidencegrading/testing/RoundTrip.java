package org.evidencegrading.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.system.GradingSystems;

/** Asserts that values survive being written and read back, in JSON and in YAML. */
public final class RoundTrip {

  private RoundTrip() {}

  /**
   * Writes {@code value} as JSON and as YAML with the project's writers, reads each back as {@code
   * type} with the strict reader of {@code system}, and asserts the result equals {@code value}.
   */
  public static <T> void assertRoundTrips(T value, Class<T> type, String system) {
    for (DocumentFormat format : DocumentFormat.values()) {
      ObjectMapper writer = format == DocumentFormat.JSON ? Mappers.json() : Mappers.yaml();
      ObjectMapper reader = Mappers.reader(format, GradingSystems.installed().find(system).orElseThrow(), GradingSystems.installed(), ReadLimits.defaults());
      try {
        String written = writer.writeValueAsString(value);
        assertEquals(value, reader.readValue(written, type), () -> format + " round trip of:\n" + written);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
