package org.evidencegrading.rulesets.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * Where the grading rules put the steps they take: recorded for a {@link
 * org.evidencegrading.trace.Derivation}, or {@link #IGNORED} when only the value is wanted (the
 * properties grade hundreds of thousands of bodies of evidence). The same code decides either
 * way; only the words are skipped.
 */
final class Steps {

  /** Takes no steps down. */
  static final Steps IGNORED = new Steps(false);

  private final boolean recording;
  private final List<Step> steps = new ArrayList<>();

  private Steps(boolean recording) {
    this.recording = recording;
  }

  /** Steps to be recorded. */
  static Steps recording() {
    return new Steps(true);
  }

  /** Records a step, built only when steps are recorded. */
  void add(Supplier<Step> step) {
    if (recording) {
      steps.add(step.get());
    }
  }

  Trace trace() {
    return Trace.of(steps);
  }
}
