package org.evidencegrading.gradeapproach.strength;

import org.evidencegrading.gradeapproach.model.Balance;

/** The balance of effects in words, for the steps of this package. */
final class BalanceWords {

  private BalanceWords() {}

  /** "the balance of effects probably favors the intervention". */
  static String of(Balance balance) {
    return "the balance of effects " + switch (balance) {
      case CLEARLY_FAVORS_INTERVENTION -> "favors the intervention";
      case PROBABLY_FAVORS_INTERVENTION -> "probably favors the intervention";
      case BALANCED -> "favors neither side";
      case PROBABLY_FAVORS_COMPARISON -> "probably favors the comparison";
      case CLEARLY_FAVORS_COMPARISON -> "favors the comparison";
      case VARIES -> "varies";
      case DONT_KNOW -> "is not known";
    };
  }
}
