package org.evidencegrading.nass.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.nass.model.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegativeStatementTest {

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(delimiter = '|', value = {
    "Routine bracing is not recommended after vertebroplasty.                      | OPPOSES OPPOSES     | true",
    "Bed rest should not be used for pain.                                         | OPPOSES INCONCLUSIVE | true",
    "The work group recommends against opioids.                                    | OPPOSES             | true",
    "Bracing is not suggested.                                                     | OPPOSES SUPPORTS    | false",
    "Routine bracing is not recommended after vertebroplasty.                      | SUPPORTS SUPPORTS   | false",
    "Routine bracing is not recommended after vertebroplasty.                      | INCONCLUSIVE        | false",
    "Vertebral augmentation is recommended.                                        | OPPOSES OPPOSES     | false",
    "There is insufficient evidence to make a recommendation for or against CT.   | OPPOSES OPPOSES     | false",
  })
  void suspectsFindingsEncodedRelativeToTheInterventionOnlyUnderAStatementWordedAgainstIt(
      String statement, String findings, boolean suspect) {
    ImmutableList<Finding> encoded = ImmutableList.copyOf(java.util.Arrays.stream(findings.split(" ")).map(Finding::valueOf).toList());
    assertEquals(suspect, NegativeStatement.rule().apply(StatementFindings.of(statement, encoded)).value());
  }
}
