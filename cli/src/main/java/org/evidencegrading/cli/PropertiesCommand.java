package org.evidencegrading.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.evidencegrading.io.InvalidDocumentException;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyResult;
import org.evidencegrading.properties.PropertyValidator;
import org.evidencegrading.properties.Validation;
import org.evidencegrading.system.GradingSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code properties --system NASS} or {@code properties --rules FILE}: checks a grading system's
 * rules, or a rule set, against their properties, exhaustively.
 */
@Command(
    name = "properties",
    mixinStandardHelpOptions = true,
    versionProvider = EvidenceGradingCommand.Version.class,
    description = {
      "Checks a grading system's rules against their properties over every case of bounded spaces",
      "(every body of evidence up to --max-studies studies for NASS; every outcome profile for GRADE),",
      "and prints, per property, the cases checked and the smallest counterexamples. With --rules, validates",
      "a rule set: gaps, unreachable and shadowed rows, unreachable grades, non-monotonic steps, order dependence."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every property holds",
      "1:a property fails",
      "2:the command line is wrong, or the rule set is not valid",
      "3:the output could not be written, or an internal failure"
    })
final class PropertiesCommand implements Callable<Integer> {

  /** The formats of the properties report. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--system",
      paramLabel = "SYSTEM",
      completionCandidates = SystemIds.class,
      description = "The grading system: ${COMPLETION-CANDIDATES}.")
  String system;

  @Option(
      names = "--rules",
      paramLabel = "RULES",
      completionCandidates = RuleSetOptions.Shipped.class,
      description = "Instead of --system, a rule set to validate: a rule-set file, or a shipped set (${COMPLETION-CANDIDATES}).")
  String rules;

  @Option(
      names = "--max-studies",
      paramLabel = "N",
      defaultValue = "5",
      description = {
        "The largest body of evidence (NASS) or outcome profile (GRADE) enumerated: 1 to " + MAX_STUDIES + " (default 5,",
        "about 10 s of processor time; each step multiplies the cases: " + MAX_STUDIES + " takes about 40 s)."
      })
  int maxStudies;

  /** The largest --max-studies: 7 runs for more than 15 minutes. */
  static final int MAX_STUDIES = 6;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Override
  public Integer call() throws IOException {
    if ((system == null) == (rules == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give either --system or --rules");
    }
    GradingSystem<?, ?> grading;
    try {
      grading = rules == null ? SystemIds.find(spec.commandLine(), system) : RuleSetOptions.system(rules);
    } catch (InvalidDocumentException e) {
      e.errors().forEach(spec.commandLine().getErr()::println);
      return EvidenceGradingCommand.INVALID_INPUT;
    }
    if (maxStudies < 1 || maxStudies > MAX_STUDIES) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-studies must be 1 to " + MAX_STUDIES + ", not " + maxStudies);
    }
    Validation validation = PropertyValidator.create()
        .validate(grading.id(), grading.properties(PropertyBounds.builder().maxStudies(maxStudies).build()));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(Mappers.json().writeValueAsString(validation));
    } else {
      text(validation, out);
    }
    out.flush();
    return validation.holds() ? EvidenceGradingCommand.OK : EvidenceGradingCommand.FOUND_ERRORS;
  }

  private static void text(Validation validation, PrintWriter out) {
    out.println("Properties of the " + validation.system() + " rules");
    String space = "";
    for (PropertyResult result : validation.properties()) {
      if (!result.space().equals(space)) {
        space = result.space();
        out.println();
        out.println("over " + space + ":");
      }
      out.println("  " + (result.holds() ? "holds " : "FAILS ") + result.name() + " (" + result.cases() + " cases): " + result.description());
      for (String counterexample : result.counterexamples()) {
        out.println("        counterexample " + counterexample);
      }
    }
    long failing = validation.failures().size();
    out.println();
    out.println(validation.properties().size() + " properties: " + (validation.properties().size() - failing) + " hold, " + failing + " fail");
  }
}
