package org.evidencegrading.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import org.evidencegrading.check.CheckListener;
import org.evidencegrading.check.GuidelineRef;
import org.evidencegrading.check.Summary;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.RecommendationResult;
import org.evidencegrading.trace.TraceRenderer;

/**
 * The JSON report of the file format: {@code guideline}, {@code recommendations} (each with its own
 * fields, {@code explanation} one line per step and {@code trace} the steps), {@code problems},
 * {@code summary}. Streams: each recommendation is written as it comes.
 */
final class JsonReport implements CheckListener {

  /** The keys of a recommendation that come first, in this order, before the explanation. */
  private static final ImmutableSet<String> LEADING_KEYS =
      ImmutableSet.of("id", "question", "derived", "published", "agrees");

  private final Writer out;
  private final ObjectMapper mapper = Mappers.json();
  private JsonGenerator json;

  JsonReport(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(GuidelineRef guideline, GradingSystem<?, ?> system) throws IOException {
    json = mapper.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeStartObject();
    json.writeFieldName("guideline");
    mapper.writeValue(json, guideline);
    json.writeArrayFieldStart("recommendations");
  }

  @Override
  public void recommendation(RecommendationResult result) throws IOException {
    json.writeTree(recommendationJson(result));
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

  private ObjectNode recommendationJson(RecommendationResult result) {
    ObjectNode own = mapper.valueToTree(result);
    ObjectNode node = mapper.createObjectNode();
    for (String key : LEADING_KEYS) {
      if (own.has(key)) {
        node.set(key, own.get(key));
      }
    }
    node.set("explanation", mapper.valueToTree(TraceRenderer.lines(result.explanation())));
    node.set("trace", mapper.valueToTree(result.explanation()));
    for (Iterator<Map.Entry<String, JsonNode>> fields = own.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!LEADING_KEYS.contains(field.getKey())) {
        node.set(field.getKey(), field.getValue());
      }
    }
    return node;
  }
}
