package org.evidencegrading.examples;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.RecommendationResult;
import org.evidencegrading.check.Checker;
import org.evidencegrading.gradeapproach.certainty.OutcomeRating;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.GradeApproachSystem;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.InvalidGuidelineException;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.model.GuidelineInfo;
import org.evidencegrading.model.Question;
import org.evidencegrading.model.Study;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.grades.GradeOfRecommendation;
import org.evidencegrading.nass.grades.NassGrade;
import org.evidencegrading.nass.model.Appraisal;
import org.evidencegrading.nass.model.Design;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.NassPublished;
import org.evidencegrading.nass.NassSystem;
import org.evidencegrading.nass.model.NassRecommendation;
import org.evidencegrading.nass.model.StudyType;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyResult;
import org.evidencegrading.properties.PropertyValidator;
import org.evidencegrading.properties.Validation;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;
import org.evidencegrading.rulesets.RuleSetSystem;
import org.evidencegrading.rulesets.RuleSets;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.GradingSystems;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.TraceRenderer;

/**
 * The Java API in six short examples, compiled with the project so they cannot go stale; the
 * README shows the parts between the {@code tag::} and {@code end::} markers ({@code ReadmeTest}
 * checks that it does, word for word).
 *
 * <p>Run it with a guideline file: {@code java -cp examples/target/evidence-grading.jar
 * org.evidencegrading.examples.ApiExample examples/guidelines/nass-neoplastic-vertebral-fractures.yaml}.
 */
public final class ApiExample {

  private ApiExample() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    checkAFile(Path.of(args.length > 0 ? args[0] : "examples/guidelines/nass-neoplastic-vertebral-fractures.yaml"), out);
    gradeABodyOfEvidence(out);
    checkAGuidelineBuiltInCode(out);
    rateAnOutcome(out);
    validateTheRules(out);
    checkWithSystemsOfYourOwn(Path.of(args.length > 0 ? args[0] : "examples/guidelines/nass-neoplastic-vertebral-fractures.yaml"), out);
  }

  static void checkAFile(Path file, PrintStream out) {
    // tag::check-a-file[]
    try {
      Guideline guideline = GuidelineReader.read(file);
      CheckReport report = Checker.check(guideline);
      for (RecommendationResult result : report.recommendations()) {
        out.println(result.id() + (result.agrees() ? ": agrees" : ": DISAGREES"));
        result.explanation().forEach(line -> out.println("  " + line));
      }
      out.println(ReportWriter.render(report, ReportFormat.MARKDOWN));
    } catch (InvalidGuidelineException e) {
      e.errors().forEach(error -> out.println(error)); // file:line:column: path: message
    }
    // end::check-a-file[]
  }

  static void gradeABodyOfEvidence(PrintStream out) {
    // tag::grade-a-body-of-evidence[]
    Derivation<NassGrade> grade = GradeOfRecommendation.rule().apply(ImmutableList.of(
        Evidence.of("berenson-2011", Level.I, Finding.SUPPORTS),
        Evidence.of("yang-2012", Level.I, Finding.SUPPORTS),
        Evidence.of("malhotra-2016", Level.III, Finding.OPPOSES)));
    out.println(grade.value()); // A for: the single outlying study is set aside
    TraceRenderer.lines(grade.trace()).forEach(out::println);
    // end::grade-a-body-of-evidence[]
  }

  static void checkAGuidelineBuiltInCode(PrintStream out) {
    // tag::build-a-guideline[]
    Guideline guideline = Guideline.builder()
        .guideline(GuidelineInfo.builder().id("my-guideline").system("NASS").build())
        .addStudies(Study.builder().id("trial-2020").build(), Study.builder().id("trial-2021").build())
        .addQuestions(Question.builder()
            .id("q1")
            .addRecommendations(NassRecommendation.builder()
                .id("q1a")
                .statement("Treatment X is recommended for pain.")
                .published(NassPublished.builder().grade(Grade.A).build())
                .addAppraisals(
                    Appraisal.builder().study("trial-2020").studyType(StudyType.THERAPEUTIC)
                        .design(Design.RCT).finding(Finding.SUPPORTS).build(),
                    Appraisal.builder().study("trial-2021").studyType(StudyType.THERAPEUTIC)
                        .design(Design.RCT).finding(Finding.SUPPORTS).build())
                .build())
            .build())
        .build();
    CheckReport report = Checker.check(guideline); // validates first, as reading a file does
    out.println(report.summary()); // Summary{recommendations=1, agreeing=1, ...}
    // end::build-a-guideline[]
  }

  static void rateAnOutcome(PrintStream out) {
    // tag::rate-an-outcome[]
    Outcome pain = Outcome.builder()
        .id("pain-1m")
        .name("Pain (VAS) at 1 month")
        .importance(9)
        .addStudies("ref-6")
        .design(StudyDesign.RANDOMIZED)
        .riskOfBias(Concern.SERIOUS)
        .inconsistency(Concern.NOT_SERIOUS)
        .indirectness(Concern.NOT_SERIOUS)
        .imprecision(Concern.SERIOUS)
        .publicationBias(Concern.NOT_SERIOUS)
        .build();
    Derivation<RatedOutcome> rating = OutcomeRating.rule(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN).apply(pain);
    out.println(rating.value().certainty()); // LOW: high, less one level for each serious concern
    TraceRenderer.lines(rating.trace()).forEach(out::println);
    // end::rate-an-outcome[]
  }

  static void checkWithSystemsOfYourOwn(Path file, PrintStream out) {
    // tag::systems-of-your-own[]
    GradingSystems systems = GradingSystems.of(new NassSystem(), new GradeApproachSystem(UpgradePolicy.ALWAYS));
    Guideline guideline = GuidelineReader.using(systems).parse(file);
    CheckReport report = Checker.using(systems).run(guideline);
    out.println(report.guideline().system() + ": " + report.summary());
    // end::systems-of-your-own[]
  }

  static void validateTheRules(PrintStream out) {
    // tag::validate-the-rules[]
    GradingSystem<?, ?> nass = GradingSystems.installed().find("NASS").orElseThrow();
    Validation validation = PropertyValidator.create()
        .validate(nass.id(), nass.properties(PropertyBounds.builder().maxStudies(4).build()));
    for (PropertyResult property : validation.properties()) {
      out.println(property.name() + ": " + property.cases() + " cases, "
          + (property.holds() ? "holds" : "fails: " + property.counterexamples()));
    }
    // end::validate-the-rules[]
  }

  static void checkWithARuleSet(Path file, PrintStream out) {
    // tag::rule-sets[]
    RuleSetSystem aaos = new RuleSetSystem(RuleSets.shipped("aaos")); // or RuleSets.system(Path.of("my-rules.yaml"))
    GradingSystems systems = GradingSystems.installed().with(aaos);
    CheckReport report = Checker.using(systems).run(GuidelineReader.using(systems).parse(file));
    out.println(report.guideline().system() + ": " + report.summary());
    Validation validation = PropertyValidator.create().validate(aaos.id(), aaos.properties(PropertyBounds.defaults()));
    out.println(validation.holds() ? "every property holds" : "fails: " + validation.failures());
    // end::rule-sets[]
  }
}
