package org.evidencegrading.gradeapproach.strength;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.model.Direction;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * The direction of a recommendation from the panel's judgment of the balance of effects: for the
 * intervention when its desirable effects outweigh its undesirable effects (clearly or probably),
 * against it when the undesirable effects outweigh the desirable ones. "The strength of a
 * recommendation reflects the extent to which we can be confident that desirable effects of an
 * intervention outweigh undesirable effects" (Guyatt et al., Going from evidence to recommendations,
 * BMJ 2008); the Danish guideline's Table 2 uses the same test for its arrows ("when the desirable
 * effect of an intervention is considered to outweigh the undesirable effects", "when the
 * undesirable effects are judged to outweigh the desirable effects").
 *
 * <p>A balance that favors neither side ({@link Balance#BALANCED}), varies or is not known gives no
 * direction. The balance then does not say which way to recommend: panels recommend conditionally for
 * or against on other grounds (values, resources, feasibility), and the Danish Health Authority makes
 * a weak recommendation against "when the equilibrium between them is difficult to determine". The
 * derived direction is absent.
 */
public final class DirectionOfRecommendation extends NamedRule<Balance, Optional<Direction>> {

  /** The rule's id in traces. */
  public static final String ID = "grade.direction";

  /** The source the rule implements. */
  public static final String SOURCE =
      "GRADE 15 (Andrews 2013), J Clin Epidemiol 66:726-735; GRADE EtD (Alonso-Coello 2016), BMJ 353:i2089: balance of effects";

  private static final DirectionOfRecommendation INSTANCE = new DirectionOfRecommendation();

  private DirectionOfRecommendation() {
    super(ID, SOURCE);
  }

  /** The rule. */
  public static DirectionOfRecommendation rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<Optional<Direction>> apply(Balance balance) {
    Optional<Direction> direction = switch (balance) {
      case CLEARLY_FAVORS_INTERVENTION, PROBABLY_FAVORS_INTERVENTION -> Optional.of(Direction.FOR);
      case CLEARLY_FAVORS_COMPARISON, PROBABLY_FAVORS_COMPARISON -> Optional.of(Direction.AGAINST);
      case BALANCED, VARIES, DONT_KNOW -> Optional.empty();
    };
    String reason = BalanceWords.of(balance) + direction
        .map(d -> d == Direction.FOR ? ": a recommendation for the intervention" : ": a recommendation against the intervention")
        .orElse(": no direction follows from the balance (the published direction is the panel's choice)");
    Step step =
        step()
            .putInputs("balance", balance.name())
            .outcome(direction.map(Direction::name).orElse("none"))
            .reason(reason)
            .build();
    return Derivation.of(direction, step);
  }
}
