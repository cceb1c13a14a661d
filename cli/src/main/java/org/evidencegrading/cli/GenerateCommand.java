package org.evidencegrading.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evidencegrading.cli.generate.SyntheticGuideline;
import org.evidencegrading.system.GradingSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a synthetic guideline file, the same for the same seed. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = EvidenceGradingCommand.Version.class,
    description = {
      "Writes a synthetic guideline file (YAML) of any installed system and size, the same for the same seed,",
      "for scale runs: java -jar evidence-grading.jar generate --system NASS --recommendations 10000 -o nass-10k.yaml"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the file was written",
      "2:the command line is wrong, or -o names what must not be replaced",
      "3:the file could not be written, or an internal failure"
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--system",
      required = true,
      paramLabel = "SYSTEM",
      completionCandidates = SystemIds.class,
      description = "The grading system: ${COMPLETION-CANDIDATES}.")
  String system;

  @Option(
      names = "--recommendations",
      required = true,
      paramLabel = "N",
      description = "How many recommendations: 1 to " + SyntheticGuideline.MAX_RECOMMENDATIONS + ".")
  int recommendations;

  @Option(
      names = "--evidence",
      paramLabel = "K",
      description = {
        "Studies each recommendation cites: appraisals (NASS, default 8) or outcomes (GRADE, default 5), 1 to "
            + SyntheticGuideline.MAX_EVIDENCE + ".",
        "N x K is at most " + SyntheticGuideline.MAX_NASS_APPRAISALS + " for NASS and " + SyntheticGuideline.MAX_GRADE_OUTCOMES
            + " for GRADE: about 62 MB, the most check reads (64 MiB)."
      })
  Integer evidence;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "The seed (default 1).")
  long seed;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The file to write (default: standard output), whole, as check -o writes its report.")
  Path output;

  @Override
  public Integer call() throws IOException, Outputs.Refused {
    GradingSystem<?, ?> grading = SystemIds.find(spec.commandLine(), system);
    int perRecommendation = evidence != null ? evidence : SyntheticGuideline.defaultEvidence(grading).orElse(1);
    Outputs.Content<Void> content = out -> {
      SyntheticGuideline.write(grading, recommendations, perRecommendation, seed, out);
      return null;
    };
    try {
      // The generator checks its arguments before it writes anything.
      if (output == null) {
        content.writeTo(new BufferedWriter(spec.commandLine().getOut(), 1 << 16));
        spec.commandLine().getOut().flush();
      } else {
        Outputs.replace(output, content);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return EvidenceGradingCommand.OK;
  }
}
