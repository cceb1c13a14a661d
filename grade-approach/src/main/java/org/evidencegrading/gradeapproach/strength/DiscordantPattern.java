package org.evidencegrading.gradeapproach.strength;

/** The patterns GRADE calls discordant in a strong recommendation ({@link Discordance}). */
public enum DiscordantPattern {
  /** Strong on low or very low certainty without a paradigmatic situation that holds. */
  LOW_CERTAINTY,
  /** Strong with a balance of effects that does not clearly favor one side. */
  BALANCE_NOT_CLEAR,
  /** Strong with important uncertainty or variability in how people value the outcomes. */
  VALUES_VARY,
  /** Strong for an intervention judged not, or probably not, acceptable to key stakeholders. */
  NOT_ACCEPTABLE,
  /** Strong for an intervention judged not, or probably not, feasible to implement. */
  NOT_FEASIBLE
}
