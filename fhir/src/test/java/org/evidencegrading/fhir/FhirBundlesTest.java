package org.evidencegrading.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.evidencegrading.check.Checker;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.testing.TestResources;
import org.hl7.fhir.r5.model.ArtifactAssessment;
import org.hl7.fhir.r5.model.ArtifactAssessment.ArtifactAssessmentContentComponent;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Composition;
import org.hl7.fhir.r5.model.Evidence;
import org.hl7.fhir.r5.model.Evidence.EvidenceCertaintyComponent;
import org.hl7.fhir.r5.model.Evidence.EvidenceStatisticComponent;
import org.hl7.fhir.r5.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Bundles of both seed guidelines and of a GRADE guideline with effect data are valid FHIR R5
 * (zero errors from HAPI FHIR's validator with HL7 terminology 7.0.1), and parsed back with HAPI
 * FHIR they say what the guideline says: published values by the publisher, derived ones by the
 * checker. Five validator runs in all; the validator is built once.
 */
class FhirBundlesTest {

  static final Instant TIMESTAMP = Instant.parse("2026-01-15T10:00:00Z");
  static final Path NASS = Path.of("../examples/guidelines/nass-neoplastic-vertebral-fractures.yaml");
  static final Path DANISH = Path.of("../examples/guidelines/danish-vertebral-augmentation.yaml");

  /**
   * The warnings and information an export may get, each for a reason the README gives: the EBM
   * IG's code systems are in no package; R5's own ValueSets for Evidence certainty name R5's copies of
   * certainty-type and certainty-rating, not HL7 Terminology's, which the IG and R6 use (extensible
   * bindings: a warning); the IG's Composition types are not LOINC document types (preferred: information).
   */
  private static final ImmutableList<Pattern> EXPECTED = ImmutableList.of(
      Pattern.compile("CodeSystem is unknown and can't be validated: (https://fevir\\.net/resources/CodeSystem/(179423|27834)"
          + "|http://hl7\\.org/fhir/uv/ebm/CodeSystem/evidence-rating-system-classifier-codesystem) .*"),
      Pattern.compile("None of the codings provided are in the value set 'Evidence Certainty (Type|Rating)' "
          + "\\(http://hl7\\.org/fhir/ValueSet/certainty-(type|rating)\\|5\\.0\\.0\\).*"
          + "\\(codes = http://terminology\\.hl7\\.org/CodeSystem/certainty-(type|rating)#.*"),
      Pattern.compile("None of the codings provided are in the value set 'FHIR Document Type Codes' .*"
          + "\\(codes = https://fevir\\.net/resources/CodeSystem/179423#(Guideline|Recommendation)\\)"));

  private static R5Validator validator;

  @BeforeAll
  static void buildValidator() throws IOException {
    validator = new R5Validator();
  }

  static String bundle(Path file) {
    Guideline guideline = GuidelineReader.read(file);
    return FhirBundles.of(Checker.check(guideline), guideline, TIMESTAMP);
  }

  static Path accp() {
    return TestResources.path(FhirBundlesTest.class, "accp-compression-stockings.yaml");
  }

  /** No error, and only the warnings and information expected; prints the counts. */
  private static void assertValid(String label, String json) {
    List<SingleValidationMessage> messages = validator.validate(json);
    System.out.println(label + ": " + R5Validator.count(messages, ResultSeverityEnum.FATAL) + " fatal, "
        + R5Validator.count(messages, ResultSeverityEnum.ERROR) + " errors, "
        + R5Validator.count(messages, ResultSeverityEnum.WARNING) + " warnings, "
        + R5Validator.count(messages, ResultSeverityEnum.INFORMATION) + " information");
    List<String> unexpected = messages.stream()
        .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()
            || EXPECTED.stream().noneMatch(pattern -> pattern.matcher(message.getMessage()).matches()))
        .map(message -> message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage())
        .toList();
    assertTrue(unexpected.isEmpty(), () -> label + ":\n" + String.join("\n", unexpected));
  }

  @Test
  void theNassSeedIsValidR5() {
    assertValid("NASS seed", bundle(NASS));
  }

  @Test
  void theDanishSeedIsValidR5() {
    assertValid("Danish seed", bundle(DANISH));
  }

  @Test
  void aGuidelineWithEffectDataIsValidR5() {
    assertValid("ACCP (effect data)", bundle(accp()));
  }

  @Test
  void theProjectsCodeSystemsAreValidR5() {
    StringBuilder json = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
    for (ProjectCodeSystem system : ProjectCodeSystem.values()) {
      json.append(system.ordinal() == 0 ? "" : ",")
          .append("{\"fullUrl\":\"").append(system.url()).append("\",\"resource\":").append(system.resource()).append('}');
    }
    assertValid("code systems", json.append("]}").toString());
  }

  // ---- parsed back with HAPI FHIR ---------------------------------------------------------

  private static Bundle parsed(Path file) {
    return R5Validator.CONTEXT.newJsonParser().parseResource(Bundle.class, bundle(file));
  }

  private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance).map(type::cast).toList();
  }

  private static boolean coded(CodeableConcept concept, String system, String code) {
    return concept.getCoding().stream().anyMatch(coding -> system.equals(coding.getSystem()) && code.equals(coding.getCode()));
  }

  private static String authorType(ArtifactAssessmentContentComponent item) {
    return item.getAuthor().getType();
  }

  @Test
  void aGradeOutcomeIsEvidenceWithTheDomainsRatedByThePublisherAndTheCertaintyDerivedByTheChecker() {
    Bundle bundle = parsed(DANISH);
    assertTrue(bundle.getEntryFirstRep().getResource() instanceof Composition);
    Evidence pain = resources(bundle, Evidence.class).stream()
        .filter(evidence -> evidence.getIdentifierFirstRep().getValue().equals("p1-pain-vas-1m")).findFirst().orElseThrow();
    EvidenceCertaintyComponent judged = pain.getCertainty().get(0);
    assertEquals("Danish Health Authority", judged.getRater());
    assertEquals(8, judged.getSubcomponent().size(), "five domains and three upgrades");
    EvidenceCertaintyComponent riskOfBias = judged.getSubcomponent().get(0);
    assertTrue(coded(riskOfBias.getType(), Hl7Codes.CERTAINTY_TYPE, "RiskOfBias"));
    assertTrue(coded(riskOfBias.getRating(), Hl7Codes.CERTAINTY_RATING, "serious-concern"));
    assertTrue(coded(riskOfBias.getRating(), Hl7Codes.CERTAINTY_RATING, "downcode1"));
    EvidenceCertaintyComponent derived = pain.getCertainty().get(1);
    assertEquals(Authors.CHECKER, derived.getRater());
    assertTrue(coded(derived.getRating(), Hl7Codes.CERTAINTY_RATING, "low"));
  }

  @Test
  void aGradeRecommendationIsAnArtifactAssessmentWithPublishedAndDerivedValuesToldApartByAuthor() {
    Bundle bundle = parsed(DANISH);
    ArtifactAssessment rating = resources(bundle, ArtifactAssessment.class).stream()
        .filter(assessment -> assessment.getTitle().endsWith("recommendation pico-2-rec")).findFirst().orElseThrow();
    List<ArtifactAssessmentContentComponent> certainty = rating.getContent().stream()
        .filter(item -> coded(item.getType(), Hl7Codes.EBM, "certainty-of-evidence")).toList();
    assertEquals(List.of("Organization", "Device"), certainty.stream().map(FhirBundlesTest::authorType).toList());
    // the Comment's "moderate", and the low the checker derives from the domains the fixture reads (CERTAINTY_MISMATCH)
    assertEquals(List.of("moderate", "low"), certainty.stream().map(item -> item.getClassifierFirstRep().getCoding().stream()
        .filter(coding -> coding.getSystem().equals(Hl7Codes.CERTAINTY_RATING)).findFirst().orElseThrow().getCode()).toList());
    assertTrue(rating.getContent().stream().anyMatch(item ->
        coded(item.getType(), ProjectCodeSystem.FIELD.url(), "certaintySymbol") && item.getSummary().equals("⊕ OOO")));
    assertTrue(rating.getContent().stream().anyMatch(item -> coded(item.getType(), ProjectCodeSystem.FIELD.url(), "problem")
        && item.getClassifier().get(1).getText().equals("SYMBOL_MISMATCH") && authorType(item).equals("Device")));
  }

  /**
   * The Danish panel's evidence-to-decision judgments are the components of the judgments container,
   * each rated with the IG's code, its reason the summary, its inference marked; the strength is the
   * panel's alone.
   */
  @Test
  void theEvidenceToDecisionJudgmentsAreTheJudgmentsComponentsWithTheirReasons() {
    ArtifactAssessment rating = resources(parsed(DANISH), ArtifactAssessment.class).stream()
        .filter(assessment -> assessment.getTitle().endsWith("recommendation pico-1-rec")).findFirst().orElseThrow();
    ArtifactAssessmentContentComponent judgments = rating.getContent().stream()
        .filter(item -> coded(item.getType(), Hl7Codes.EBM, "judgments")).findFirst().orElseThrow();
    assertEquals("Organization", authorType(judgments));
    List<String> criteria = judgments.getComponent().stream()
        .map(component -> component.getType().getCodingFirstRep().getCode() + " " + component.getClassifierFirstRep().getCodingFirstRep().getCode())
        .toList();
    assertEquals(List.of("problem-importance RJCS-2007", "preferences RJCS-2019", "net-effect RJCS-2022", "acceptability RJCS-2008",
        "paradigmaticSituation NONE", "provenanceOrder null"), criteria);
    ArtifactAssessmentContentComponent balance = judgments.getComponent().get(2);
    assertTrue(balance.getSummary().startsWith("Clinically relevant effect in favor of KP"), balance.getSummary());
    assertEquals(Sources.INFERRED, balance.getClassifier().get(1).getText());
    List<ArtifactAssessmentContentComponent> strengths = rating.getContent().stream()
        .filter(item -> coded(item.getType(), Hl7Codes.EBM, "strength-of-recommendation")).toList();
    assertEquals(List.of("Organization"), strengths.stream().map(FhirBundlesTest::authorType).toList());
  }

  @Test
  void aGuidelineWithEveryGradeFieldIsValidR5() {
    assertValid("every GRADE field", FhirBundles.of(Checker.check(FhirGuidelinesTest.everyGradeField()),
        FhirGuidelinesTest.everyGradeField(), TIMESTAMP));
  }

  @Test
  void aNassAppraisalCarriesThePublishedAndTheDerivedLevel() {
    Bundle bundle = parsed(NASS);
    ArtifactAssessment molloy = resources(bundle, ArtifactAssessment.class).stream()
        .filter(assessment -> assessment.getTitle().equals("Appraisal of molloy-2016 for interventional-3a")).findFirst().orElseThrow();
    List<String> levels = molloy.getContent().stream()
        .filter(item -> coded(item.getType(), ProjectCodeSystem.FIELD.url(), "level"))
        .map(item -> authorType(item) + " " + item.getClassifierFirstRep().getCodingFirstRep().getCode())
        .toList();
    assertEquals(List.of("Organization II", "Device IV"), levels);
    assertTrue(molloy.getArtifactReference().getReference().startsWith("urn:uuid:"));
  }

  @Test
  void effectDataAreStatistics() {
    Evidence pts = resources(parsed(accp()), Evidence.class).get(0);
    EvidenceStatisticComponent effect = pts.getStatistic().get(0);
    assertTrue(coded(effect.getStatisticType(), Hl7Codes.STATISTIC_TYPE, "C93152"));
    assertEquals(0.46, effect.getQuantity().getValue().doubleValue());
    assertEquals(421, effect.getSampleSize().getNumberOfParticipants());
    assertEquals(0.34, effect.getAttributeEstimateFirstRep().getRange().getLow().getValue().doubleValue());
    assertEquals(0.63, effect.getAttributeEstimateFirstRep().getRange().getHigh().getValue().doubleValue());
    assertEquals(0.479, pts.getStatistic().get(1).getQuantity().getValue().doubleValue());
  }
}
