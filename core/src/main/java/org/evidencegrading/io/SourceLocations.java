package org.evidencegrading.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds where in a document the values at some field paths are. Semantic errors are found on the
 * bound model, which has no positions; when there are any, one streaming pass over the document
 * finds their lines and columns (reading valid files costs nothing extra).
 */
final class SourceLocations {

  private SourceLocations() {}

  /**
   * The location of each path that is in the document; a path that is not (a missing field) gets
   * the location of its nearest ancestor that is.
   */
  static Map<String, JsonLocation> find(byte[] document, JsonFactory factory, Set<String> paths) {
    Set<String> wanted = new HashSet<>();
    for (String path : paths) {
      for (String p = path; !p.isEmpty(); p = JsonPaths.parent(p)) {
        wanted.add(p);
      }
    }
    Map<String, JsonLocation> found = new HashMap<>();
    try (JsonParser parser = factory.createParser(document)) {
      for (JsonToken token = parser.nextToken(); token != null && found.size() < wanted.size(); token = parser.nextToken()) {
        if (token.isStructEnd()) {
          continue;
        }
        JsonStreamContext context = parser.getParsingContext();
        if (token.isStructStart()) {
          context = context.getParent();
          if (context.inObject()) {
            continue; // the field name before it was recorded
          }
        }
        String path = JsonPaths.of(context);
        if (wanted.contains(path)) {
          found.putIfAbsent(path, parser.currentTokenLocation());
        }
      }
    } catch (IOException | RuntimeException e) {
      // The document parsed once already; whatever was found before a failure stands.
    }
    Map<String, JsonLocation> located = new HashMap<>();
    for (String path : paths) {
      for (String p = path; !p.isEmpty(); p = JsonPaths.parent(p)) {
        JsonLocation location = found.get(p);
        if (location != null) {
          located.put(path, location);
          break;
        }
      }
    }
    return located;
  }
}
