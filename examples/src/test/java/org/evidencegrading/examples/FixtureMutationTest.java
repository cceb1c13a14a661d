package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.evidencegrading.check.Checker;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.model.Guideline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Damages the valid fixtures many times, deterministically (a fixed seed): deletes, duplicates or
 * swaps lines, changes tokens, truncates; in YAML and in the JSON the same guideline writes as. Every
 * mutant either loads (and then checks without error) or is rejected with {@link
 * InvalidGuidelineException}, never anything else.
 */
class FixtureMutationTest {

  private static final long SEED = 20_261_121L;
  private static final int MUTANTS = 400;

  /** Tokens a mutation may put in place of another: YAML and JSON syntax, wrong values, nothing. */
  private static final List<String> REPLACEMENTS = List.of(
      "", "null", "~", "-1", "0", "99", "1e9", "[", "]", "{", "}", ":", ",", "- ", "&a", "*a", "!!binary", "%YAML 1.2",
      "\t", "'", "\"", "#", "I", "VI", "A", "CONSENSUS", "SUPPORTS", "OPPOSES", "RCT", "NASS", "GRADE", "true",
      "⊕⊕OO", "↑↑", "√", "studies", "id", "appraisals", "outcomes", "recommendations", "---", "...");

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "guidelines/nass-neoplastic-vertebral-fractures.yaml, YAML",
    "guidelines/nass-neoplastic-vertebral-fractures.yaml, JSON",
    "guidelines/danish-vertebral-augmentation.yaml, YAML",
    "guidelines/danish-vertebral-augmentation.yaml, JSON",
  })
  void everyMutantLoadsOrIsRejectedWithTheDocumentedException(String fixture, DocumentFormat format) throws IOException {
    String text = format == DocumentFormat.YAML
        ? Files.readString(Path.of(fixture), StandardCharsets.UTF_8)
        : Mappers.json().writeValueAsString(GuidelineReader.read(Path.of(fixture)));
    List<String> lines = text.lines().toList();
    Random random = new Random(SEED + fixture.length() * 31L + format.ordinal());
    int loaded = 0;
    int rejected = 0;
    for (int i = 0; i < MUTANTS; i++) {
      Mutant mutant = mutate(lines, random);
      String name = fixture + " mutant " + i + " (" + mutant.operation + ")";
      try {
        Guideline guideline = GuidelineReader.read(mutant.text.getBytes(StandardCharsets.UTF_8), format, name, ReadLimits.defaults());
        Checker.check(guideline);
        loaded++;
      } catch (InvalidGuidelineException e) {
        rejected++;
        for (InputError error : e.errors()) {
          assertFalse(error.toString().contains("\n"), name + ": one line per error: " + error);
          assertTrue(error.file().orElseThrow().equals(name), name + ": the error names the input: " + error);
        }
      } catch (RuntimeException | Error e) {
        throw new AssertionError(name + " threw " + e + "\n--- mutant ---\n" + excerpt(mutant), e);
      }
    }
    assertTrue(loaded > 0, "some mutants still load: " + loaded);
    assertTrue(rejected > MUTANTS / 4, "most mutants are rejected: " + rejected);
  }

  private record Mutant(String operation, String text, int line) {}

  private static Mutant mutate(List<String> lines, Random random) {
    List<String> mutant = new ArrayList<>(lines);
    int line = random.nextInt(mutant.size());
    String operation;
    switch (random.nextInt(5)) {
      case 0 -> {
        operation = "delete line " + (line + 1);
        mutant.remove(line);
      }
      case 1 -> {
        operation = "duplicate line " + (line + 1);
        mutant.add(line, mutant.get(line));
      }
      case 2 -> {
        int other = random.nextInt(mutant.size());
        operation = "swap lines " + (line + 1) + " and " + (other + 1);
        String swapped = mutant.get(line);
        mutant.set(line, mutant.get(other));
        mutant.set(other, swapped);
      }
      case 3 -> {
        String[] tokens = mutant.get(line).split("(?<=[\\s:,\\[\\]{}\"])|(?=[\\s:,\\[\\]{}\"])");
        int token = random.nextInt(tokens.length);
        String replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
        operation = "line " + (line + 1) + ": '" + tokens[token] + "' -> '" + replacement + "'";
        tokens[token] = replacement;
        mutant.set(line, String.join("", tokens));
      }
      default -> {
        String whole = String.join("\n", mutant);
        int cut = random.nextInt(whole.length());
        return new Mutant("truncate at character " + cut, whole.substring(0, cut), line);
      }
    }
    return new Mutant(operation, String.join("\n", mutant) + "\n", line);
  }

  private static String excerpt(Mutant mutant) {
    List<String> lines = mutant.text.lines().toList();
    int from = Math.max(0, mutant.line - 3);
    return String.join("\n", lines.subList(Math.min(from, lines.size()), Math.min(lines.size(), mutant.line + 4)));
  }
}
