package org.evidencegrading.rulesets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyResult;
import org.evidencegrading.properties.PropertyValidator;
import org.evidencegrading.properties.Validation;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rule set with a deliberate defect of each kind a rule designer needs to know about is caught by
 * exactly the property that says so, with its smallest counterexample first.
 */
class DefectiveRuleSetProperties {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      gap.yaml               | no-gaps                                          | [HIGH+]: no row holds: DEFECT-GAP gives it no grade |
      unreachable-row.yaml   | every-row-is-reachable                           | impossible: holds for none of the 462 bodies of evidence (at least 2 of HIGH, at most 1 studies) |
      shadowed-row.yaml      | no-row-is-shadowed                               | strong.two: holds for [HIGH+ HIGH+] and larger bodies but never decides one; for [HIGH+ HIGH+] the earlier row strong.one decides STRONG for |
      unreachable-grade.yaml | every-grade-is-reachable                         | MODERATE: no body of up to 5 studies gets it (no row gives it) |
      order-dependent.yaml   | order-independence                               | [HIGH+]: rows weak.single (WEAK) and strong (STRONG) hold; the first decides WEAK, but strong would give the stronger STRONG: the grade depends on the order of the rows |
      non-monotonic.yaml     | adding-a-supporting-study-never-lowers-the-grade | [HIGH+]: STRONG for, but with HIGH+ added: WEAK for | adding-an-opposing-study-never-raises-the-grade raising-a-supporting-study-never-lowers-the-grade
      """)
  void catchesTheDefectWithItsSmallestCounterexample(String file, String property, String counterexample, String alsoFailing) {
    RuleSetSystem system = RuleSets.system(TestResources.path(getClass(), file));
    Validation validation = PropertyValidator.create().validate(system.id(), system.properties(PropertyBounds.defaults()));

    Map<String, String> failures = new TreeMap<>();
    for (PropertyResult result : validation.failures()) {
      failures.put(result.name(), result.counterexamples().get(0));
    }
    assertEquals(counterexample, failures.get(property), failures::toString);
    List<String> others = failures.keySet().stream().filter(name -> !name.equals(property)).toList();
    assertEquals(alsoFailing == null ? List.of() : List.of(alsoFailing.split(" ")), others, "the other properties that fail");
  }
}
