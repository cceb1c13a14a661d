package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.rulesets.RuleSetSystem;
import org.evidencegrading.rulesets.RuleSets;
import org.evidencegrading.system.GradingSystems;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the reader with Jazzer: every input, read as YAML and as JSON, is
 * either a guideline or an {@link InvalidGuidelineException} whose errors are one printable line
 * each, of bounded length, without parser internals. Nothing else may be thrown.
 *
 * <p>The seeds are both source guidelines, their JSON, and the malformed-input corpus. In {@code
 * mvn verify} the test fuzzes for {@code fuzz.duration} (30 s; {@code -Dfuzz.duration=10m} for
 * longer) in a surefire execution of its own, with {@code JAZZER_FUZZ=1}; run on its own without
 * it (as from an IDE), it reads the seeds once. See DEVELOPERS.md.
 */
class GuidelineReaderFuzzTest {

  private static final ReadLimits LIMITS = ReadLimits.defaults();

  /** What error messages must not show: class, event, feature and constraint names, Jackson's locations. */
  private static final Pattern INTERNALS = Pattern.compile(
      "\\b(java|javax|com|org)\\.[a-z]|Exception|Event\\b|Feature|StreamReadConstraints|SnakeYAML|Jackson|\\[Source"
          + "|out of range of (int|long)|`|<[a-z ]+>");

  static Stream<byte[]> seeds() throws IOException {
    // Some fixtures are graded by a shipped rule set (AAOS, SIGN 50), which is not installed.
    GradingSystems fixtureSystems = GradingSystems.installed();
    for (String ruleSet : RuleSets.SHIPPED) {
      fixtureSystems = fixtureSystems.with(new RuleSetSystem(RuleSets.shipped(ruleSet)));
    }
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> fixtures = Files.list(Path.of(System.getProperty("basedir", "."), "guidelines"))) {
      for (Path fixture : fixtures.sorted().toList()) {
        seeds.add(Files.readAllBytes(fixture));
        seeds.add(Mappers.json().writeValueAsBytes(GuidelineReader.using(fixtureSystems).parse(fixture)));
      }
    }
    try (Stream<Path> corpus = Files.list(TestResources.path(MalformedInputTest.class, "cases.csv").getParent())) {
      corpus.sorted().forEach(file -> {
        try {
          seeds.add(Files.readAllBytes(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return seeds.stream();
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "30s")
  void readsAGuidelineOrSaysWhatIsWrongInOneLinePerError(byte[] input) {
    for (DocumentFormat format : DocumentFormat.values()) {
      try {
        GuidelineReader.read(input, format, "fuzz", LIMITS);
      } catch (InvalidGuidelineException e) {
        assertTrue(!e.errors().isEmpty() && e.errors().size() <= LIMITS.maxErrors(), e::getMessage);
        String text = new String(input, StandardCharsets.UTF_8);
        e.errors().forEach(error -> assertReadable(error, text));
      }
    }
  }

  private static void assertReadable(InputError error, String input) {
    String line = error.toString();
    assertTrue(line.length() <= 2_500, () -> "at most 2,500 characters: " + line.length());
    assertTrue(line.codePoints().noneMatch(Character::isISOControl), () -> "no control characters: " + line);
    assertFalse(error.message().isBlank(), () -> "says what is wrong: " + line);
    // What looks like an internal name is allowed only where the message quotes the input.
    Matcher internal = INTERNALS.matcher(error.message());
    while (internal.find()) {
      String found = internal.group();
      assertTrue(input.contains(found), () -> "no parser internals (" + found + "): " + line);
    }
  }
}
