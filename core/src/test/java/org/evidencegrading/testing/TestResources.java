package org.evidencegrading.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixtures under {@code src/test/resources/<package>/<TestClass>/}, looked up by the test class
 * and a file name.
 */
public final class TestResources {

  private TestResources() {}

  /** The fixture file of a test class. */
  public static Path path(Class<?> testClass, String name) {
    URL url = testClass.getResource(testClass.getSimpleName() + "/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + testClass.getPackageName().replace('.', '/') + "/" + testClass.getSimpleName() + "/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fixture file's text. */
  public static String text(Class<?> testClass, String name) {
    try {
      return Files.readString(path(testClass, name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
