package org.evidencegrading.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencegrading.io.Mappers;
import org.junit.jupiter.api.Test;

/** The README's Bundle excerpts are real output: everything they show is in the Bundle of the fixture or the Danish seed. */
class FhirReadmeTest {

  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void everyExcerptIsInTheRealBundle() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## FHIR export and import\n");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    // the fixture with effect data, twice, then the Danish seed
    JsonNode accp = Mappers.json().readTree(FhirBundlesTest.bundle(FhirBundlesTest.accp()));
    List<JsonNode> bundles = List.of(accp, accp, Mappers.json().readTree(FhirBundlesTest.bundle(FhirBundlesTest.DANISH)));
    List<String> excerpts = new ArrayList<>();
    for (Matcher block = JSON_BLOCK.matcher(section); block.find(); ) {
      JsonNode excerpt = Mappers.json().readTree(block.group(1));
      JsonNode bundle = bundles.get(Math.min(excerpts.size(), bundles.size() - 1));
      excerpts.add(excerpt.path("resourceType").asText());
      boolean found = false;
      for (JsonNode entry : bundle.path("entry")) {
        found |= contains(entry.path("resource"), excerpt);
      }
      assertTrue(found, () -> "the README shows what the Bundle does not have:\n" + block.group(1));
    }
    assertEquals(List.of("Evidence", "ArtifactAssessment", "ArtifactAssessment"), excerpts);
  }

  /** Whether {@code actual} has everything {@code excerpt} has: its fields, and in lists, each item. */
  private static boolean contains(JsonNode actual, JsonNode excerpt) {
    if (excerpt.isObject()) {
      for (Map.Entry<String, JsonNode> field : excerpt.properties()) {
        if (!actual.has(field.getKey()) || !contains(actual.get(field.getKey()), field.getValue())) {
          return false;
        }
      }
      return actual.isObject();
    }
    if (excerpt.isArray()) {
      for (JsonNode item : excerpt) {
        boolean found = false;
        for (JsonNode candidate : actual) {
          found |= contains(candidate, item);
        }
        if (!found) {
          return false;
        }
      }
      return actual.isArray();
    }
    return excerpt.equals(actual);
  }
}
