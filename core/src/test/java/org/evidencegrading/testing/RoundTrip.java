package org.evidencegrading.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.DocumentReader;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.GradingSystems;

/** Asserts that values survive being written and read back, in JSON and in YAML. */
public final class RoundTrip {

  private RoundTrip() {}

  /**
   * Writes {@code value} as JSON and as YAML with the project's writers, reads each back as {@code
   * type} with the strict reader of {@code system}, and asserts the result equals {@code value}.
   */
  public static <T> void assertRoundTrips(T value, Class<T> type, String system) {
    assertRoundTrips(value, type, GradingSystems.installed().find(system).orElseThrow());
  }

  /** The same, with the strict reader of a system instance (one configured in code, say). */
  public static <T> void assertRoundTrips(T value, Class<T> type, GradingSystem<?, ?> system) {
    GradingSystems systems = GradingSystems.installed().with(system);
    for (DocumentFormat format : DocumentFormat.values()) {
      ObjectMapper reader = Mappers.reader(format, system, systems, ReadLimits.defaults());
      assertRoundTrips(value, format, written -> reader.readValue(written, type));
    }
  }

  /** The same for a whole document, read back with a {@link DocumentReader}. */
  public static <T> void assertRoundTrips(T value, DocumentReader<T> reader) {
    for (DocumentFormat format : DocumentFormat.values()) {
      assertRoundTrips(value, format, written -> reader.parse(written, format, "round trip"));
    }
  }

  private interface Read<T> {
    T read(String written) throws IOException;
  }

  private static <T> void assertRoundTrips(T value, DocumentFormat format, Read<T> reader) {
    ObjectMapper writer = format == DocumentFormat.JSON ? Mappers.json() : Mappers.yaml();
    try {
      String written = writer.writeValueAsString(value);
      assertEquals(value, reader.read(written), () -> format + " round trip of:\n" + written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
