package org.evidencegrading.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code evidence-grading} command: {@code check} a guideline file, {@code import} one from a FHIR
 * Bundle, validate the grading rules' {@code properties}, {@code generate} synthetic guideline files. Exit status: 0 when all is well, 1
 * when a check or property found an error, 2 when the input is invalid or the command line wrong.
 */
@Command(
    name = "evidence-grading",
    mixinStandardHelpOptions = true,
    versionProvider = EvidenceGradingCommand.Version.class,
    description = "Grades clinical evidence (NASS, GRADE) and checks published guidelines against themselves.",
    subcommands = {CheckCommand.class, ConvertCommand.class, PropertiesCommand.class, CompareCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:nothing disagrees",
      "1:an ERROR problem was found (or a property failed)",
      "2:the input is invalid, or the command line is wrong"
    })
public final class EvidenceGradingCommand implements Runnable {

  /** Exit status: nothing disagrees. */
  static final int OK = 0;
  /** Exit status: an ERROR problem was found. */
  static final int FOUND_ERRORS = 1;
  /** Exit status: invalid input or command line. */
  static final int INVALID_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private EvidenceGradingCommand() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, convert, properties, compare, generate, help");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with these streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new EvidenceGradingCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(exception -> INVALID_INPUT);
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      err.println("evidence-grading: " + exception.getMessage());
      err.println("Try 'evidence-grading " + (exception.getCommandLine().getCommandName().equals("evidence-grading") ? "" : exception.getCommandLine().getCommandName() + " ") + "--help' for usage.");
      return INVALID_INPUT;
    });
    return commandLine.execute(args);
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
