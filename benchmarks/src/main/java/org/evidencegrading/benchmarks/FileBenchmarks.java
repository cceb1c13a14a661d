package org.evidencegrading.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.evidencegrading.check.Checker;
import org.evidencegrading.check.Summary;
import org.evidencegrading.cli.generate.SyntheticGuideline;
import org.evidencegrading.system.GradingSystems;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
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
 * Whole files, in memory (the disk is not measured): loading the NASS fixture, and reading and
 * checking a synthetic guideline of 10,000 recommendations, as YAML and as JSON, with the full JSON
 * report written: the in-JVM steady state of {@code check nass-10k.yaml --format json -o r.json}
 * and its JSON and GRADE variants, which the README compares the command-line runs with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class FileBenchmarks {

  /** The NASS fixture, relative to the project root (run the benchmarks from there). */
  @Param("examples/guidelines/nass-neoplastic-vertebral-fractures.yaml")
  public String fixture;

  private byte[] nassFixture;
  private byte[] nass10k;
  private byte[] grade10k;
  private byte[] nass10kJson;
  private byte[] grade10kJson;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    nassFixture = Files.readAllBytes(Path.of(fixture));
    nass10k = synthetic("NASS", 8);
    grade10k = synthetic("GRADE", 5);
    nass10kJson = json(nass10k);
    grade10kJson = json(grade10k);
  }

  /** The same guideline as JSON, as {@code convert FILE -o FILE.json} writes it. */
  private static byte[] json(byte[] yaml) throws IOException {
    return Mappers.json().writeValueAsBytes(GuidelineReader.read(yaml, DocumentFormat.YAML, "synthetic.yaml", ReadLimits.defaults()));
  }

  private static byte[] synthetic(String system, int evidence) throws IOException {
    StringWriter out = new StringWriter();
    SyntheticGuideline.write(GradingSystems.installed().find(system).orElseThrow(), 10_000, evidence, 1, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Reading, binding and validating the NASS fixture (20 recommendations, 69 appraisals, 59 studies). */
  @Benchmark
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Guideline loadNassFixture() {
    return GuidelineReader.read(nassFixture, DocumentFormat.YAML, fixture, ReadLimits.defaults());
  }

  /** Reading, validating and checking 10,000 NASS recommendations of 8 appraisals, writing the JSON report. */
  @Benchmark
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 5, time = 5)
  public Summary checkNass10k() throws IOException {
    return check(nass10k, DocumentFormat.YAML, "nass-10k.yaml");
  }

  /** The same 10,000 NASS recommendations read from JSON. */
  @Benchmark
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 5, time = 5)
  public Summary checkNass10kJson() throws IOException {
    return check(nass10kJson, DocumentFormat.JSON, "nass-10k.json");
  }

  /** The same for 10,000 GRADE recommendations of 5 outcomes. */
  @Benchmark
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 5, time = 5)
  public Summary checkGrade10k() throws IOException {
    return check(grade10k, DocumentFormat.YAML, "grade-10k.yaml");
  }

  /** The same 10,000 GRADE recommendations read from JSON. */
  @Benchmark
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 5, time = 5)
  public Summary checkGrade10kJson() throws IOException {
    return check(grade10kJson, DocumentFormat.JSON, "grade-10k.json");
  }

  private static Summary check(byte[] file, DocumentFormat format, String name) throws IOException {
    Guideline guideline = GuidelineReader.read(file, format, name, ReadLimits.defaults());
    Writer report = new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
    return Checker.using(GradingSystems.installed()).run(guideline, ReportWriter.listener(ReportFormat.JSON, report));
  }
}
