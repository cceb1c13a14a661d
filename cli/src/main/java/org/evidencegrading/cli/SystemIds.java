package org.evidencegrading.cli;

import java.util.Iterator;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.GradingSystems;
import picocli.CommandLine;

/**
 * The ids of the installed grading systems, for the commands' {@code --system} options and help
 * (picocli's {@code ${COMPLETION-CANDIDATES}}): a system on the class path is listed without a change
 * here.
 */
final class SystemIds implements Iterable<String> {

  @Override
  public Iterator<String> iterator() {
    return GradingSystems.installed().ids().iterator();
  }

  /** The installed system of this id, or a command-line error naming the ones there are. */
  static GradingSystem<?, ?> find(CommandLine commandLine, String id) {
    return GradingSystems.installed().find(id).orElseThrow(() -> new CommandLine.ParameterException(
        commandLine, "unknown system '" + id + "' (expected one of: " + String.join(", ", GradingSystems.installed().ids()) + ")"));
  }
}
