package org.evidencegrading.io;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/** Field paths in the notation of error messages: {@code questions[3].recommendations[0].id}. */
final class JsonPaths {

  private JsonPaths() {}

  /**
   * The path of the value the parser is at, given its parsing context: the names of the enclosing
   * fields and the indexes of the enclosing list elements. When the context is an object whose
   * current field name is set, the path ends with that field; a list not yet entered adds nothing.
   */
  static String of(JsonStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          segments.addFirst("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.getCurrentName() != null) {
        segments.addFirst("." + c.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      path.append(segment);
    }
    return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }

  /** {@code parent} followed by {@code child}, either of which may be empty. */
  static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }

  /** The path without its last segment; empty for a top-level field. */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
