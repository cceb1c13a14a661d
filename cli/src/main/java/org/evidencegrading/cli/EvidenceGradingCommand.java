package org.evidencegrading.cli;

import com.google.common.collect.ImmutableMap;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.evidencegrading.trace.TraceRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code evidence-grading} command: {@code check} a guideline file, {@code import} one from a FHIR
 * Bundle, {@code convert} one, validate the grading rules' {@code properties}, {@code generate}
 * synthetic guideline files. Exit status: 0 when all is well, 1 when a check or property found an
 * error, 2 when the input is invalid or the command line wrong (the user's mistake), 3 when the
 * output could not be written or the command failed on its own (out of memory, an internal error).
 * Every failure is said in one line; a stack trace is printed only when the environment variable
 * {@value #DEBUG} is set.
 */
@Command(
    name = "evidence-grading",
    mixinStandardHelpOptions = true,
    versionProvider = EvidenceGradingCommand.Version.class,
    description = "Grades clinical evidence (NASS, GRADE) and checks published guidelines against themselves.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:nothing disagrees",
      "1:an ERROR problem was found (or a property failed)",
      "2:the input is invalid, or the command line is wrong",
      "3:the output could not be written, or an internal failure (such as running out of memory)"
    })
public final class EvidenceGradingCommand implements Runnable {

  /** Exit status: nothing disagrees. */
  static final int OK = 0;
  /** Exit status: an ERROR problem was found. */
  static final int FOUND_ERRORS = 1;
  /** Exit status: invalid input or command line. */
  static final int INVALID_INPUT = 2;
  /** Exit status: the output could not be written, or an internal failure. */
  static final int FAILURE = 3;

  /** The environment variable that, set to any value, makes failures print their stack trace. */
  static final String DEBUG = "EVIDENCE_GRADING_DEBUG";

  /**
   * The subcommands, in the order help lists them. Only the one a command line names is built:
   * picocli builds every registered subcommand up front (its options by reflection, their types,
   * the classes they name), which a short {@code check} paid for all of them.
   */
  private static final ImmutableMap<String, Class<?>> SUBCOMMANDS = ImmutableMap.of(
      "check", CheckCommand.class,
      "import", ImportCommand.class,
      "convert", ConvertCommand.class,
      "properties", PropertiesCommand.class,
      "compare", CompareCommand.class,
      "generate", GenerateCommand.class,
      "help", CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private EvidenceGradingCommand() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, import, convert, properties, compare, generate, help");
  }

  public static void main(String[] args) {
    StandardOutput out = StandardOutput.open();
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Runs the command line with these streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new EvidenceGradingCommand());
    // A command line that starts with a subcommand other than help needs that one only; any other
    // (help, --help, a mistake) gets them all, for the listing and the suggestions.
    String first = args.length == 0 ? "" : args[0];
    SUBCOMMANDS.forEach((name, command) -> {
      if (first.equals(name) || !SUBCOMMANDS.containsKey(first) || first.equals("help")) {
        commandLine.addSubcommand(name, command);
      }
    });
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(exception -> INVALID_INPUT);
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      err.println("evidence-grading: " + TraceRenderer.printable(String.valueOf(exception.getMessage())));
      err.println("Try 'evidence-grading " + (exception.getCommandLine().getCommandName().equals("evidence-grading") ? "" : exception.getCommandLine().getCommandName() + " ") + "--help' for usage.");
      return INVALID_INPUT;
    });
    commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> failed(exception, err));
    int status;
    try {
      status = commandLine.execute(args);
    } catch (Error e) {
      // out of memory, a stack overflow: picocli handles exceptions only
      status = failed(e, err);
    }
    out.flush();
    if (out.checkError()) {
      Optional<IOException> failure = out instanceof StandardOutput standard ? standard.failure() : Optional.empty();
      err.println("evidence-grading: cannot write to standard output" + failure.map(e -> ": " + Outputs.reason(e)).orElse(""));
      return FAILURE;
    }
    return status;
  }

  /** Says in one line why the command failed; returns the exit status. */
  private static int failed(Throwable failure, PrintWriter err) {
    if (failure instanceof Outputs.Refused refused) {
      err.println("evidence-grading: " + TraceRenderer.printable(refused.getMessage()));
      return INVALID_INPUT;
    }
    String message;
    if (failure instanceof OutOfMemoryError) {
      message = "out of memory: give Java more with -Xmx (java -Xmx2g -jar evidence-grading.jar ...)";
    } else if (failure instanceof IOException io) {
      message = Outputs.reason(io);
    } else {
      message = "internal error: " + failure.getClass().getSimpleName()
          + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
          + (System.getenv(DEBUG) == null ? " (set " + DEBUG + "=1 to see where)" : "");
    }
    err.println("evidence-grading: " + TraceRenderer.printable(message));
    if (System.getenv(DEBUG) != null) {
      failure.printStackTrace(err);
    }
    err.flush();
    return FAILURE;
  }

  /** The version the build wrote into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"evidence-grading " + properties.getProperty("version", "unknown")};
    }
  }
}
