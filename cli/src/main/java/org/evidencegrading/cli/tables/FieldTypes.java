package org.evidencegrading.cli.tables;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.evidencegrading.io.Mappers;

/**
 * The fields of the model's types as the file format names them, with their types, found by
 * introspecting the types as Jackson serializes them: so that a spreadsheet column names any field
 * of the format, including fields added later, and its cells are read as the field's type.
 */
final class FieldTypes {

  private static final ObjectMapper MAPPER = Mappers.json();
  private static final Map<JavaType, ImmutableMap<String, JavaType>> PROPERTIES = new ConcurrentHashMap<>();

  private FieldTypes() {}

  static JavaType of(Class<?> type) {
    return MAPPER.constructType(type);
  }

  /** The type's fields by name, in the order the format writes them; none for a value that is not an object. */
  static ImmutableMap<String, JavaType> properties(JavaType type) {
    JavaType bare = unwrap(type);
    if (!isObject(bare)) {
      return ImmutableMap.of();
    }
    return PROPERTIES.computeIfAbsent(bare, t -> {
      ImmutableMap.Builder<String, JavaType> properties = ImmutableMap.builder();
      for (BeanPropertyDefinition property : MAPPER.getSerializationConfig().introspect(t).findProperties()) {
        properties.put(property.getName(), property.getPrimaryType());
      }
      return properties.buildKeepingLast();
    });
  }

  /** The type of the value at a path of field names within {@code type}; empty when a name is not a field. */
  static Optional<JavaType> at(JavaType type, List<String> path) {
    JavaType current = type;
    for (String name : path) {
      JavaType bare = unwrap(current);
      if (bare.isMapLikeType()) {
        current = bare.getContentType();
      } else {
        JavaType field = properties(bare).get(name);
        if (field == null) {
          return Optional.empty();
        }
        current = field;
      }
    }
    return Optional.of(unwrap(current));
  }

  /** {@code Optional<T>} as {@code T}. */
  static JavaType unwrap(JavaType type) {
    return type.isReferenceType() ? unwrap(type.getReferencedType()) : type;
  }

  /** Whether values of the type are objects with fields (not text, numbers, lists or maps). */
  static boolean isObject(JavaType type) {
    Class<?> raw = type.getRawClass();
    return !type.isPrimitive() && !type.isEnumType() && !type.isContainerType() && !type.isReferenceType()
        && raw != String.class && raw != Object.class && !Number.class.isAssignableFrom(raw) && raw != Boolean.class
        && !raw.getName().startsWith("java.");
  }

  /**
   * The field of {@code type} that is a list of the innermost objects, e.g. a recommendation's
   * {@code appraisals}: the first list of objects whose objects hold no list of objects themselves
   * (a list of components that each hold appraisals is passed over), else the first list of objects.
   */
  static Optional<Map.Entry<String, JavaType>> firstListOfObjects(JavaType type) {
    List<Map.Entry<String, JavaType>> lists = listsOfObjects(type);
    return lists.stream()
        .filter(list -> listsOfObjects(list.getValue()).isEmpty())
        .findFirst()
        .or(() -> lists.stream().findFirst());
  }

  private static List<Map.Entry<String, JavaType>> listsOfObjects(JavaType type) {
    return properties(type).entrySet().stream()
        .filter(field -> field.getValue().isCollectionLikeType() && isObject(unwrap(field.getValue().getContentType())))
        .map(field -> Map.entry(field.getKey(), unwrap(field.getValue().getContentType())))
        .toList();
  }
}
