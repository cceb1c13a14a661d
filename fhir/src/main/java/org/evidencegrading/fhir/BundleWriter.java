package org.evidencegrading.fhir;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.evidencegrading.check.CheckListener;
import org.evidencegrading.check.GuidelineRef;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.check.Summary;
import org.evidencegrading.gradeapproach.GradeApproachSystem;
import org.evidencegrading.gradeapproach.result.GradeApproachAssessment;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Study;
import org.evidencegrading.nass.NassSystem;
import org.evidencegrading.nass.result.NassAssessment;
import org.evidencegrading.problem.Problem;

/**
 * Writes a check as a FHIR R5 document Bundle while it goes: the guideline's Composition (which
 * refers to every recommendation's Composition by its full URL, known before it is written), the
 * publisher, the checker and the bibliography first; then each recommendation's resources as its
 * result comes, one result in memory at a time.
 */
final class BundleWriter implements CheckListener {

  private static final ImmutableList<String> SYSTEMS = ImmutableList.of(NassSystem.ID, GradeApproachSystem.ID);

  private final Guideline guideline;
  private final Writer out;
  private final Instant timestamp;
  private final Exporting exporting;
  private final ImmutableMap<String, Question> questions;
  private final ObjectMapper mapper = Mappers.json();
  private JsonGenerator json;

  BundleWriter(Guideline guideline, Writer out, Instant timestamp) {
    String system = guideline.guideline().system();
    Preconditions.checkArgument(SYSTEMS.contains(system),
        "FHIR export knows the grading systems %s, not %s", String.join(" and ", SYSTEMS), system);
    this.guideline = guideline;
    this.out = out;
    this.timestamp = timestamp.truncatedTo(ChronoUnit.SECONDS);
    Urls urls = new Urls(guideline.guideline().id());
    this.exporting = new Exporting(urls, new Authors(guideline.guideline().publisher(), urls),
        guideline.guideline().year().map(String::valueOf).orElse(this.timestamp.toString()));
    this.questions = guideline.questions().stream().collect(ImmutableMap.toImmutableMap(Question::id, question -> question));
  }

  @Override
  public void begin(GuidelineRef checked) throws IOException {
    Preconditions.checkArgument(checked.id().equals(guideline.guideline().id()),
        "the check is of guideline %s, not of %s", checked.id(), guideline.guideline().id());
    json = mapper.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeStartObject();
    json.writeStringField("resourceType", "Bundle");
    json.writeFieldName("identifier");
    String document = UUID.nameUUIDFromBytes((guideline.guideline().id() + "\u0000" + timestamp).getBytes(StandardCharsets.UTF_8)).toString();
    mapper.writeValue(json, Fhir.identifier("urn:ietf:rfc:3986", "urn:uuid:" + document));
    json.writeStringField("type", "document");
    json.writeStringField("timestamp", timestamp.toString());
    json.writeArrayFieldStart("entry");
    Urls urls = exporting.urls();
    write(new Entry(urls.composition(), GuidelineResources.composition(guideline, urls, exporting.authors(), exporting.date())));
    Optional<String> publisher = exporting.authors().publisher();
    if (publisher.isPresent()) {
      write(new Entry(urls.publisher(), GuidelineResources.organization(publisher.get())));
    }
    write(new Entry(urls.checker(), GuidelineResources.checker()));
    for (Study study : guideline.studies()) {
      write(new Entry(urls.study(study.id()), GuidelineResources.citation(study, urls)));
    }
  }

  @Override
  public void recommendation(RecommendationResult result) throws IOException {
    ImmutableList<Entry> entries;
    if (result.assessment() instanceof NassAssessment nass) {
      entries = NassResources.of(nass, exporting);
    } else if (result.assessment() instanceof GradeApproachAssessment grade) {
      entries = GradeResources.of(grade, questions.get(result.question()), exporting);
    } else {
      throw new IllegalArgumentException("FHIR export knows NASS and GRADE assessments, not a "
          + result.assessment().getClass().getSimpleName());
    }
    for (Entry entry : entries) {
      write(entry);
    }
  }

  @Override
  public void end(ImmutableList<Problem> problems, Summary summary) throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.close();
    out.write('\n');
    out.flush();
  }

  private void write(Entry entry) throws IOException {
    json.writeStartObject();
    json.writeStringField("fullUrl", entry.fullUrl());
    json.writeFieldName("resource");
    mapper.writeValue(json, entry.resource());
    json.writeEndObject();
  }
}
