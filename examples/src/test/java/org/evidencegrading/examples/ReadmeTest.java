package org.evidencegrading.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's Java examples are the compiled ones of {@link ApiExample}, word for word. */
class ReadmeTest {

  private static final Pattern REGION =
      Pattern.compile("// tag::([a-z-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

  @Test
  void showsEveryTaggedRegionOfTheApiExample() throws IOException {
    String source = Files.readString(Path.of("src/main/java/org/evidencegrading/examples/ApiExample.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher regions = REGION.matcher(source);
    List<String> tags = new ArrayList<>();
    while (regions.find()) {
      tags.add(regions.group(1));
      String code = dedent(regions.group(2));
      assertTrue(readme.contains(code), () -> "README.md does not show the region " + regions.group(1) + ":\n" + code);
    }
    assertTrue(tags.size() >= 3, "regions found: " + tags);
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
  }
}
