package org.evidencegrading.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.ReadLimits;
import org.evidencegrading.model.Guideline;
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

/** A real file, in memory (the disk is not measured): loading the NASS fixture. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class FileBenchmarks {

  /** The NASS fixture, relative to the project root (run the benchmarks from there). */
  @Param("examples/guidelines/nass-neoplastic-vertebral-fractures.yaml")
  public String fixture;

  private byte[] nassFixture;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    nassFixture = Files.readAllBytes(Path.of(fixture));
  }

  /** Reading, binding and validating the NASS fixture (20 recommendations, 69 appraisals, 59 studies). */
  @Benchmark
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Guideline loadNassFixture() {
    return GuidelineReader.read(nassFixture, DocumentFormat.YAML, fixture, ReadLimits.defaults());
  }
}
