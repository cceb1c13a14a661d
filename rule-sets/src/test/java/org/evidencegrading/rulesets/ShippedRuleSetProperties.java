package org.evidencegrading.rulesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyResult;
import org.evidencegrading.properties.PropertyValidator;
import org.evidencegrading.properties.Validation;
import org.evidencegrading.testing.RoundTrip;
import org.junit.jupiter.api.Test;

/**
 * The shipped rule sets, validated exhaustively over every body of evidence of up to five studies.
 * NASS 2024 and AAOS have every property. SIGN 50's clauses "consisting principally of studies rated
 * as 1+" and "a body of evidence including studies rated as 2++" make its default grade depend on
 * the proportions of the levels: adding a study of a lower level can lower it, as the properties
 * report (a finding about SIGN 50, not a defect of the file: the higher grade stays permitted).
 */
class ShippedRuleSetProperties {

  private static Map<String, String> failures(String name) {
    RuleSetSystem system = new RuleSetSystem(RuleSets.shipped(name));
    Validation validation = PropertyValidator.create().validate(system.id(), system.properties(PropertyBounds.defaults()));
    assertTrue(validation.properties().size() >= 9, validation::toString);
    Map<String, String> failures = new TreeMap<>();
    for (PropertyResult result : validation.failures()) {
      failures.put(result.name(), result.counterexamples().get(0));
    }
    return failures;
  }

  @Test
  void nass2024HasEveryProperty() {
    assertEquals(Map.of(), failures("nass-2024"));
  }

  @Test
  void aaosHasEveryProperty() {
    assertEquals(Map.of(), failures("aaos"));
  }

  @Test
  void sign50sDefaultGradeDependsOnTheProportionsOfTheLevels() {
    assertEquals(Map.of(
            "adding-a-supporting-study-never-lowers-the-grade", "[1+:+ 1+:+]: A for, but with 2++:+ added: B for (or A for)",
            "adding-an-opposing-study-never-raises-the-grade", "[1+:- 1+:-]: A against, but with 2++:- added: B against (or A against)",
            "raising-a-supporting-study-never-lowers-the-grade", "[2++:+ 2+:+]: B for, but raised to [1+:+ 2+:+]: C for (or A for)",
            "indirect-evidence-never-raises-the-grade", "[1+:+ 1+:+ 2++:+~]: A for, but directly [1+:+ 1+:+ 2++:+]: B for (or A for)"),
        failures("sign-50"));
  }

  @Test
  void everyShippedRuleSetRoundTrips() {
    for (String name : RuleSets.SHIPPED) {
      RoundTrip.assertRoundTrips(RuleSets.shipped(name), RuleSets.reader());
    }
    assertEquals(List.of("nass-2024", "aaos", "sign-50"), RuleSets.SHIPPED);
  }
}
