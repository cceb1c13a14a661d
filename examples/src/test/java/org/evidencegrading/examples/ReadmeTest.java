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

/**
 * The README's Java examples are the compiled ones of {@link ApiExample}, word for word, each headed
 * by exactly the imports it needs.
 */
class ReadmeTest {

  private static final Pattern REGION =
      Pattern.compile("// tag::([a-z-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);
  private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+);$", Pattern.MULTILINE);

  @Test
  void showsEveryTaggedRegionOfTheApiExample() throws IOException {
    String source = Files.readString(Path.of("src/main/java/org/evidencegrading/examples/ApiExample.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    List<String> imports = IMPORT.matcher(source).results().map(m -> m.group(1)).toList();
    Matcher regions = REGION.matcher(source);
    List<String> tags = new ArrayList<>();
    while (regions.find()) {
      tags.add(regions.group(1));
      String code = dedent(regions.group(2));
      String block = "```java\n" + importsUsedBy(code, imports) + "\n" + code + "\n```";
      assertTrue(readme.contains(block), () -> "README.md does not show the region " + regions.group(1) + ":\n" + block);
    }
    assertTrue(tags.size() >= 3, "regions found: " + tags);
  }

  /** The import lines of the types the code names, in the order of the source's imports. */
  private static String importsUsedBy(String code, List<String> imports) {
    StringBuilder lines = new StringBuilder();
    for (String type : imports) {
      String simpleName = type.substring(type.lastIndexOf('.') + 1);
      if (Pattern.compile("\\b" + simpleName + "\\b").matcher(code).find()) {
        lines.append("import ").append(type).append(";\n");
      }
    }
    return lines.toString();
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
  }
}
