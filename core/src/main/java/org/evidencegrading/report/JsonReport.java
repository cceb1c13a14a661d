package org.evidencegrading.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import org.evidencegrading.check.CheckListener;
import org.evidencegrading.check.GuidelineRef;
import org.evidencegrading.check.Summary;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.check.RecommendationResult;

/**
 * The JSON report of the file format: {@code guideline}, {@code recommendations} (each as its
 * {@link RecommendationResult} serializes: its values, {@code explanation} one line per step and
 * {@code trace} the steps), {@code problems}, {@code summary}. Streams: each recommendation is
 * written as it comes.
 */
final class JsonReport implements CheckListener {

  private final Writer out;
  private final ObjectMapper mapper = Mappers.json();
  /**
   * Finds the result's serializer once, not once per recommendation; and leaves the output alone
   * after each value (Jackson flushed it, down to one write to the file per recommendation).
   */
  private final ObjectWriter results = mapper.writerFor(RecommendationResult.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  private JsonGenerator json;

  JsonReport(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(GuidelineRef guideline) throws IOException {
    json = mapper.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeStartObject();
    json.writeFieldName("guideline");
    mapper.writeValue(json, guideline);
    json.writeArrayFieldStart("recommendations");
  }

  @Override
  public void recommendation(RecommendationResult result) throws IOException {
    results.writeValue(json, result);
  }

  @Override
  public void end(ImmutableList<Problem> problems, Summary summary) throws IOException {
    json.writeEndArray();
    json.writeFieldName("problems");
    mapper.writeValue(json, problems);
    json.writeFieldName("summary");
    mapper.writeValue(json, summary);
    json.writeEndObject();
    json.close();
    out.write('\n');
    out.flush();
  }
}
