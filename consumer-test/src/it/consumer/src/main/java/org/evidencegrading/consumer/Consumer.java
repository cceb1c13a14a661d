package org.evidencegrading.consumer;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.evidencegrading.check.CheckReport;
import org.evidencegrading.check.Checker;
import org.evidencegrading.gradeapproach.certainty.OutcomeRating;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.grades.GradeOfRecommendation;
import org.evidencegrading.nass.grades.NassGrade;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.report.ReportFormat;
import org.evidencegrading.report.ReportWriter;

/** What a user's code does with the library: check files, write reports, apply single rules. */
public final class Consumer {

  private Consumer() {}

  /** Reads and checks a guideline file. */
  public static CheckReport check(Path file) {
    return Checker.check(GuidelineReader.read(file));
  }

  /** The report as JSON (Jackson writes the values of core and of the system). */
  public static String json(CheckReport report) {
    return ReportWriter.render(report, ReportFormat.JSON);
  }

  /** The NASS grade of two Level I studies that support a statement. */
  public static NassGrade twoLevelIStudies() {
    return GradeOfRecommendation.rule().apply(ImmutableList.of(
        Evidence.of("trial-a", Level.I, Finding.SUPPORTS),
        Evidence.of("trial-b", Level.I, Finding.SUPPORTS))).value();
  }

  /** The GRADE certainty of randomized evidence with a serious risk of bias. */
  public static Certainty randomizedWithSeriousRiskOfBias() {
    Outcome outcome = Outcome.builder()
        .id("pain")
        .name("Pain")
        .importance(9)
        .addStudies("trial-a")
        .design(StudyDesign.RANDOMIZED)
        .riskOfBias(Concern.SERIOUS)
        .inconsistency(Concern.NOT_SERIOUS)
        .indirectness(Concern.NOT_SERIOUS)
        .imprecision(Concern.NOT_SERIOUS)
        .publicationBias(Concern.NOT_SERIOUS)
        .build();
    return OutcomeRating.rule(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN).apply(outcome).value().certainty();
  }
}
