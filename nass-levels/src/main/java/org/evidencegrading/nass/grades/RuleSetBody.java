package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.evidencegrading.rulesets.model.Finding;

/**
 * A NASS body of evidence as the rule-sets engine grades it under the NASS 2024 rule set (each
 * study's level by its name, the same findings, none indirect: indirectness is {@link
 * IndirectEvidence}'s), and the engine's studies mapped back to the NASS ones, by identity, so
 * that two appraisals of one name stay two studies.
 */
final class RuleSetBody {

  private final ImmutableList<org.evidencegrading.rulesets.grading.Evidence> studies;
  private final Map<org.evidencegrading.rulesets.grading.Evidence, Evidence> nass = new IdentityHashMap<>();

  RuleSetBody(List<Evidence> evidence) {
    ImmutableList.Builder<org.evidencegrading.rulesets.grading.Evidence> studies = ImmutableList.builder();
    for (Evidence study : evidence) {
      org.evidencegrading.rulesets.grading.Evidence data = org.evidencegrading.rulesets.grading.Evidence.of(
          study.study(), study.level().name(), Finding.valueOf(study.finding().name()), false);
      nass.put(data, study);
      studies.add(data);
    }
    this.studies = studies.build();
  }

  /** The studies as the engine sees them. */
  ImmutableList<org.evidencegrading.rulesets.grading.Evidence> studies() {
    return studies;
  }

  /** The NASS studies of some of the engine's. */
  ImmutableList<Evidence> nass(List<org.evidencegrading.rulesets.grading.Evidence> studies) {
    return studies.stream().map(nass::get).collect(ImmutableList.toImmutableList());
  }
}
