package org.evidencegrading.nass.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evidencegrading.nass.model.Grade;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardWordingTest {

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(delimiter = '|', value = {
    "A | Vertebral augmentation is recommended for the improvement of pain. | true",
    "A | Vertebral augmentation is suggested for the improvement of pain. | false",
    "B | Findings on routine MRI sequences are suggested as a method to differentiate fractures. | true",
    "B | The work group suggests imaging. | true",
    "B | Caution is recommended because of cement extrusion. | false",
    "C | Vertebral augmentation may be considered as a safe treatment. | true",
    "C | Bracing is an option for some patients. | true",
    "C | Vertebral augmentation is suggested. | false",
    "I | There is insufficient evidence to make a recommendation for or against the use of CT. | true",
    "I | There is insufficient and conflicting evidence to make a recommendation for or against. | true",
    "I | Insufficient or conflicting evidence does not allow a recommendation. | true",
    "I | The evidence is weak. | false",
    "CONSENSUS | In the absence of reliable evidence, it is the work group's opinion that bracing may help. | true",
    "CONSENSUS | In the absence of reliable evidence, it is the work group’s opinion that bracing may help. | true",
    "CONSENSUS | The work group thinks bracing may help. | false",
  })
  void findsTheGradesOwnWording(Grade grade, String statement, boolean uses) {
    assertEquals(uses, StandardWording.rule().apply(GradedStatement.of(grade, statement)).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"A, recommended", "B, suggested", "C, may be considered / is an option", "I, insufficient evidence"})
  void namesTheWordingItExpects(Grade grade, String words) {
    assertEquals(words, StandardWording.words(grade));
    assertEquals("a grade " + grade + " statement says \"" + words + "\"; this one does not",
        StandardWording.rule().apply(GradedStatement.of(grade, "Nothing standard here.")).step().reason());
  }
}
