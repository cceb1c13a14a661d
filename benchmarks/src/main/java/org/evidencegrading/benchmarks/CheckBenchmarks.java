package org.evidencegrading.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.Summary;
import org.evidencegrading.cli.generate.SyntheticGuideline;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.GradingSystems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The end-to-end check in a warm JVM: reading, validating and checking a synthetic guideline of
 * 10,000 recommendations held in memory (the disk is not measured), the full JSON report written.
 * The in-JVM steady state of {@code check nass-10k.yaml --format json -o r.json} and of its JSON and
 * GRADE variants, which the README compares the command-line runs with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class CheckBenchmarks {

  /** The grading system: NASS recommendations have 8 appraisals each, GRADE ones 5 outcomes. */
  @Param({"NASS", "GRADE"})
  public String system;

  /** The file's syntax: YAML as {@code generate} writes it, or JSON as {@code convert} does. */
  @Param({"YAML", "JSON"})
  public DocumentFormat format;

  private byte[] file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    GradingSystem<?, ?> graded = GradingSystems.installed().find(system).orElseThrow();
    StringWriter yaml = new StringWriter();
    SyntheticGuideline.write(graded, 10_000, system.equals("NASS") ? 8 : 5, 1, yaml);
    file = yaml.toString().getBytes(StandardCharsets.UTF_8);
    if (format == DocumentFormat.JSON) {
      file = Mappers.json().writeValueAsBytes(GuidelineReader.read(file, DocumentFormat.YAML, "synthetic.yaml", ReadLimits.defaults()));
    }
  }

  /** Reads, validates and checks the 10,000 recommendations, writing the JSON report. */
  @Benchmark
  public Summary check10k() throws IOException {
    Guideline guideline = GuidelineReader.read(file, format, "10k", ReadLimits.defaults());
    Writer report = new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
    return Checker.using(GradingSystems.installed()).run(guideline, ReportWriter.listener(ReportFormat.JSON, report));
  }
}
