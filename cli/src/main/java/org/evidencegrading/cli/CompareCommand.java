package org.evidencegrading.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InputError;
import org.evidencegrading.io.InvalidDocumentException;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.rulesets.RuleSetSystem;
import org.evidencegrading.rulesets.compare.Comparison;
import org.evidencegrading.rulesets.compare.ComparisonWriter;
import org.evidencegrading.system.GradingSystems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare --rules A --rules B FILE}: the same evidence graded under two or more rule sets, side by side. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = EvidenceGradingCommand.Version.class,
    description = {
      "Grades a guideline's evidence under two or more rule sets, side by side, and says where and why they",
      "differ. Each recommendation's appraisals (study type, design, downgrades, finding) are mapped onto each",
      "rule set through its own levels table; a guideline graded by a rule set keeps its printed levels there."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:compared",
      "2:a file cannot be read or is not valid, or the command line is wrong",
      "3:the comparison could not be written, or an internal failure"
    })
final class CompareCommand implements Callable<Integer> {

  /** The formats of the comparison. */
  enum Format {
    TEXT,
    JSON,
    MARKDOWN
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The guideline file: .yaml, .yml or .json.")
  Path file;

  @Option(
      names = "--rules",
      required = true,
      paramLabel = "RULES",
      description = "A rule set to grade with: a rule-set file, or a shipped set (${COMPLETION-CANDIDATES}). Give two or more.",
      completionCandidates = RuleSetOptions.Shipped.class)
  List<String> rules;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or markdown.")
  Format format;

  @Override
  public Integer call() throws IOException {
    if (rules.size() < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "compare needs two or more --rules, not " + rules.size());
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<RuleSetSystem> systems = new ArrayList<>();
      GradingSystems registry = GradingSystems.installed();
      for (String rule : rules) {
        RuleSetSystem system = RuleSetOptions.system(rule);
        systems.add(system);
        registry = registry.with(system);
      }
      Guideline guideline = GuidelineReader.using(registry).parse(file);
      Comparison comparison = Comparison.of(guideline, systems);
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case JSON -> out.println(Mappers.json().writeValueAsString(comparison));
        case MARKDOWN -> out.print(ComparisonWriter.markdown(comparison));
        default -> out.print(ComparisonWriter.text(comparison));
      }
      out.flush();
      return EvidenceGradingCommand.OK;
    } catch (InvalidDocumentException e) {
      for (InputError error : e.errors()) {
        err.println(error);
      }
      err.println((e.errors().size() == 1 ? "1 error" : e.errors().size() + " errors") + "; nothing was compared.");
      return EvidenceGradingCommand.INVALID_INPUT;
    }
  }
}
