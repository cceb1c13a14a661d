package org.evidencegrading.system;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A registry of grading systems by id: the systems a {@link org.evidencegrading.io.GuidelineReader}
 * reads files of and a {@link org.evidencegrading.check.Checker} checks with. A registry is an
 * immutable value; build one from instances ({@link #of}), including systems configured in code, or
 * take the systems on the class path ({@link #installed()}).
 *
 * <pre>{@code
 * GradingSystems systems = GradingSystems.of(new NassSystem(), new GradeApproachSystem(UpgradePolicy.ALWAYS));
 * Guideline guideline = GuidelineReader.using(systems).parse(Path.of("guideline.yaml"));
 * CheckReport report = Checker.using(systems).run(guideline);
 * }</pre>
 */
public final class GradingSystems {

  private final ImmutableSortedMap<String, GradingSystem<?, ?>> byId;

  private GradingSystems(ImmutableSortedMap<String, GradingSystem<?, ?>> byId) {
    this.byId = byId;
  }

  /**
   * A registry of these systems.
   *
   * @throws IllegalArgumentException if two systems have the same id
   */
  public static GradingSystems of(GradingSystem<?, ?>... systems) {
    return of(Arrays.asList(systems));
  }

  /**
   * A registry of these systems.
   *
   * @throws IllegalArgumentException if two systems have the same id
   */
  public static GradingSystems of(Iterable<? extends GradingSystem<?, ?>> systems) {
    ImmutableSortedMap.Builder<String, GradingSystem<?, ?>> byId = ImmutableSortedMap.naturalOrder();
    for (GradingSystem<?, ?> system : systems) {
      Preconditions.checkNotNull(system, "system");
      byId.put(system.id(), system);
    }
    try {
      return new GradingSystems(byId.buildOrThrow());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("two grading systems have the same id: " + e.getMessage(), e);
    }
  }

  /**
   * The systems on the class path, found once with {@link ServiceLoader}, each in its default
   * configuration. The default registry of the static convenience methods.
   */
  public static GradingSystems installed() {
    return Installed.SYSTEMS;
  }

  /** This registry with {@code system} added, replacing a system of the same id. */
  public GradingSystems with(GradingSystem<?, ?> system) {
    ImmutableSortedMap.Builder<String, GradingSystem<?, ?>> next = ImmutableSortedMap.naturalOrder();
    byId.forEach((id, registered) -> {
      if (!id.equals(system.id())) {
        next.put(id, registered);
      }
    });
    return new GradingSystems(next.put(system.id(), system).buildOrThrow());
  }

  /** The system with this id (matched exactly). */
  public Optional<GradingSystem<?, ?>> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The ids of every system, sorted: for messages and help texts. */
  public ImmutableList<String> ids() {
    return byId.keySet().asList();
  }

  /** Every system, sorted by id. */
  public ImmutableCollection<GradingSystem<?, ?>> all() {
    return byId.values();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GradingSystems that && byId.equals(that.byId);
  }

  @Override
  public int hashCode() {
    return byId.hashCode();
  }

  @Override
  public String toString() {
    return "GradingSystems" + byId.keySet();
  }

  /** Loaded on first use. */
  private static final class Installed {
    static final GradingSystems SYSTEMS = load();

    @SuppressWarnings("rawtypes")
    private static GradingSystems load() {
      ImmutableList.Builder<GradingSystem<?, ?>> systems = ImmutableList.builder();
      for (GradingSystem system : ServiceLoader.load(GradingSystem.class, GradingSystems.class.getClassLoader())) {
        systems.add((GradingSystem<?, ?>) system);
      }
      return of(systems.build());
    }
  }
}
