package org.evidencegrading.system;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import java.util.ServiceLoader;

/** The grading systems on the class path, found with {@link ServiceLoader}, by id. */
public final class GradingSystems {

  private static final ImmutableSortedMap<String, GradingSystem<?, ?>> SYSTEMS = load();

  private GradingSystems() {}

  /** The system with this id (matched exactly). */
  public static Optional<GradingSystem<?, ?>> find(String id) {
    return Optional.ofNullable(SYSTEMS.get(id));
  }

  /** The ids of every system, for messages: "GRADE, NASS". */
  public static String ids() {
    return String.join(", ", SYSTEMS.keySet());
  }

  /** Every system, by id. */
  public static ImmutableSortedMap<String, GradingSystem<?, ?>> all() {
    return SYSTEMS;
  }

  @SuppressWarnings("rawtypes")
  private static ImmutableSortedMap<String, GradingSystem<?, ?>> load() {
    ImmutableSortedMap.Builder<String, GradingSystem<?, ?>> systems = ImmutableSortedMap.naturalOrder();
    for (GradingSystem system : ServiceLoader.load(GradingSystem.class, GradingSystems.class.getClassLoader())) {
      systems.put(system.id(), (GradingSystem<?, ?>) system);
    }
    return systems.buildOrThrow();
  }
}
