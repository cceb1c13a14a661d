package org.evidencegrading.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Provenance;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.ProblemCode;
import org.evidencegrading.problem.Severity;

/**
 * Validation and reporting of {@link Provenance}: that reasons and inferred values name fields of
 * their value, and the INFO problem of a result that rests on inferred values.
 */
public final class Provenances {

  /** A result rests on values the encoder inferred (revision 2: INFO, in every report format). */
  public static final ProblemCode RESTS_ON_INFERRED = ProblemCode.of("RESTS_ON_INFERRED", Severity.INFO,
      "a derived or compared value rests on values the encoder inferred rather than read in the source");

  /** The fields of {@code reasons} and {@code inferred} themselves, which name no judgment. */
  private static final Set<String> NOT_JUDGMENTS = Set.of("reasons", "inferred");

  private static final ConcurrentMap<Class<?>, ImmutableSortedSet<String>> FIELDS = new ConcurrentHashMap<>();

  private Provenances() {}

  /** The field names of a serialized type, as a file writes them. */
  public static ImmutableSortedSet<String> fields(Class<?> type) {
    return FIELDS.computeIfAbsent(type, Provenances::introspect);
  }

  private static ImmutableSortedSet<String> introspect(Class<?> type) {
    ObjectMapper mapper = Mappers.json();
    return mapper.getSerializationConfig().introspect(mapper.constructType(type)).findProperties().stream()
        .map(BeanPropertyDefinition::getName)
        .filter(name -> !NOT_JUDGMENTS.contains(name))
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /**
   * Reports each key of {@code reasons} and entry of {@code inferred} that is not a field of {@code
   * type}, and each field inferred twice.
   *
   * @param path the value's path relative to what {@code errors} reports on, e.g. {@code appraisals[2]}
   */
  public static void validate(Provenance value, Class<?> type, String path, ErrorSink errors) {
    ImmutableSortedSet<String> fields = fields(type);
    String prefix = path.isEmpty() ? "" : path + ".";
    for (String field : value.reasons().keySet()) {
      if (!fields.contains(field)) {
        errors.error(prefix + "reasons." + field, "no field '" + field + "' to give a reason for (expected one of: "
            + String.join(", ", fields) + ")");
      }
    }
    Set<String> seen = new HashSet<>();
    List<String> inferred = value.inferred();
    for (int i = 0; i < inferred.size(); i++) {
      String field = inferred.get(i);
      if (!fields.contains(field)) {
        errors.error(prefix + "inferred[" + i + "]", "no field '" + field + "' to mark as inferred (expected one of: "
            + String.join(", ", fields) + ")");
      } else if (!seen.add(field)) {
        errors.error(prefix + "inferred[" + i + "]", "'" + field + "' is marked as inferred twice");
      }
    }
  }

  /**
   * The INFO problem of a result at recommendation {@code at} that rests on the inferred fields of
   * {@code value} among {@code used} (the fields the result was derived from); empty if it rests on
   * none.
   *
   * @param item the appraised study, outcome or part the value is, if any
   * @param what what rests on them, e.g. "the certainty of outcome pain-1m"
   */
  public static Optional<Problem> restsOnInferred(
      Provenance value, Set<String> used, String at, Optional<String> item, String what) {
    ImmutableList<String> inferred = value.inferred().stream().filter(used::contains).collect(ImmutableList.toImmutableList());
    if (inferred.isEmpty()) {
      return Optional.empty();
    }
    String message = what + " rests on inferred " + (inferred.size() == 1 ? "value " : "values ")
        + inferred.stream()
            .map(field -> value.reasons().containsKey(field) ? field + " (\"" + value.reasons().get(field) + "\")" : field)
            .collect(Collectors.joining(", "))
        + " (the encoder's reading, not the source's words)";
    return Optional.of(item.isPresent() ? RESTS_ON_INFERRED.at(at, item.get(), message) : RESTS_ON_INFERRED.at(at, message));
  }
}
