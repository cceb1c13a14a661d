package org.evidencegrading.gradeapproach.certainty;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Words;
import org.immutables.value.Value;

/**
 * The certainties a rule permits where GRADE's guidance leaves discretion (revision 2 of the file
 * format: "A rule whose guidance leaves discretion yields the set of permitted values and its
 * default; a published value inside the set agrees"): the {@link #byDefault() default}, and each
 * other permitted certainty with the discretion that permits it. Without discretion there is the
 * default only.
 */
@Value.Immutable
abstract class AbstractPermittedCertainty {

  /** The certainty taken when a guideline does not say which member it used. */
  @Value.Parameter
  public abstract Certainty byDefault();

  /** The other permitted certainties, each with the discretion that permits it, in words. */
  @Value.Parameter
  public abstract ImmutableMap<Certainty, String> alternatives();

  /** The default alone. */
  public static PermittedCertainty only(Certainty certainty) {
    return PermittedCertainty.of(certainty, ImmutableMap.of());
  }

  /** Every permitted certainty, highest first. */
  @Value.Derived
  public ImmutableSortedSet<Certainty> members() {
    return ImmutableSortedSet.<Certainty>naturalOrder().add(byDefault()).addAll(alternatives().keySet()).build();
  }

  /** Whether a certainty is permitted. */
  public boolean permits(Certainty certainty) {
    return members().contains(certainty);
  }

  /** The highest permitted certainty. */
  public Certainty highest() {
    return members().first();
  }

  /** The lowest permitted certainty. */
  public Certainty lowest() {
    return members().last();
  }

  /**
   * The permitted certainties among {@code allowed} (what a guideline published): the default if
   * allowed, else the highest allowed; empty if none is allowed.
   */
  public Optional<PermittedCertainty> within(Set<Certainty> allowed) {
    Optional<Certainty> kept = members().stream().filter(allowed::contains).findFirst();
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Certainty newDefault = allowed.contains(byDefault()) ? byDefault() : kept.get();
    Map<Certainty, String> others = new LinkedHashMap<>();
    alternatives().forEach((certainty, discretion) -> {
      if (certainty != newDefault && allowed.contains(certainty)) {
        others.put(certainty, discretion);
      }
    });
    return Optional.of(PermittedCertainty.of(newDefault, others));
  }

  /** "low" or "low (also permitted: moderate)". */
  @Value.Lazy
  public String words() {
    return Words.of(byDefault()) + (alternatives().isEmpty() ? "" : alternatives().keySet().stream()
        .sorted(Comparator.naturalOrder())
        .map(Words::of)
        .collect(Collectors.joining(", ", " (also permitted: ", ")")));
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(!alternatives().containsKey(byDefault()), "the default %s is not an alternative to itself", byDefault());
  }
}
