package org.evidencegrading.nass.properties;

import com.google.common.collect.Collections2;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import com.google.common.collect.TreeMultiset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.grades.ComponentGrade;
import org.evidencegrading.nass.grades.CompoundGrade;
import org.evidencegrading.nass.grades.DirectionCheck;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.grades.Indirectness;
import org.evidencegrading.nass.grades.NassGrade;
import org.evidencegrading.nass.grades.PermittedGrades;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.properties.Property;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.trace.Rule;

/**
 * The properties the NASS rules must have, each group over every case of a bounded space:
 *
 * <ul>
 *   <li>over {@link BodiesOfEvidence every body of evidence} up to a size, the linking of levels to
 *       grades: determinism, invariance under reordering, inconclusive studies never changing the
 *       grade, a single study giving I, A needing two consistent Level I studies, the footnote on a
 *       single outlier, signed monotonicity, each row of the linking table written out as cases; and
 *       the direction check: a published A, B or C contradicts the evidence exactly when the
 *       consistent evidence opposes the statement;
 *   <li>over {@link ComponentGrades every compound statement} up to 4 components, the weakest
 *       component rule: never above any component, equal to the weakest, for only when every
 *       component is for, independent of the order;
 *   <li>over every derived grade, with and without indirect evidence, and every published grade,
 *       the permitted grades: the derived grade always (the default), one step below only for
 *       indirect evidence, and the published grade used exactly when permitted.
 * </ul>
 *
 * <p>Signed monotonicity orders the outcomes A against &lt; B against &lt; C against &lt; I &lt; C
 * for &lt; B for &lt; A for: adding a supporting study never lowers the outcome, adding an opposing
 * study never raises it, raising a supporting study's level never lowers it.
 *
 * <p>The rules under test are a parameter ({@link NassRules}), so that a test can show the
 * properties catch a wrong one.
 */
public final class NassPropertySets {

  /** The grades A, B, C and I: derived grades, and published grades a direction or discretion is checked against. */
  private static final ImmutableList<Grade> GRADES = ImmutableList.of(Grade.A, Grade.B, Grade.C, Grade.I);

  private final NassRules rules;
  private final Rule<ImmutableList<Evidence>, NassGrade> rule;

  private NassPropertySets(NassRules rules) {
    this.rules = rules;
    this.rule = rules.linking();
  }

  /** The properties of the NASS rules, over bodies of up to {@code maxStudies} studies. */
  public static ImmutableList<PropertyGroup<?>> of(int maxStudies) {
    return of(maxStudies, NassRules.standard());
  }

  /** The same properties of other rules (a test's deliberately wrong one, say). */
  public static ImmutableList<PropertyGroup<?>> of(int maxStudies, NassRules rules) {
    NassPropertySets properties = new NassPropertySets(rules);
    return ImmutableList.of(
        PropertyGroup.of(new BodiesOfEvidence(maxStudies), properties.linking()),
        PropertyGroup.of(new ComponentGrades(ComponentGrades.MAX_COMPONENTS), properties.compound()),
        PropertyGroup.of(discretionSpace(), properties.discretion()));
  }

  private ImmutableList<Property<ImmutableList<Evidence>>> linking() {
    return ImmutableList.of(
        Property.determinism("the same body of evidence always gets the same grade", rule, NassGrade::toString),
        Property.explained("invariance-under-reordering",
            "the order in which the studies are listed never changes the grade",
            body -> {
              String grade = outcome(body);
              for (ImmutableList<Evidence> order : orders(body)) {
                if (!outcome(order).equals(grade)) {
                  return Optional.of(grade + ", but listed as " + BodiesOfEvidence.write(order) + ": " + outcome(order));
                }
              }
              return Optional.empty();
            }),
        Property.explained("inconclusive-never-changes-the-grade",
            "INCONCLUSIVE studies neither support nor make the body inconsistent: without them the grade is the same",
            body -> same(body, without(body, e -> e.finding() == Finding.INCONCLUSIVE), "without the inconclusive studies")),
        Property.explained("single-study-gives-I",
            "a single study, whatever its level and finding, gives grade I",
            body -> body.size() != 1 || grade(body).grade() == Grade.I ? Optional.empty() : Optional.of(outcome(body))),
        Property.explained("A-needs-two-consistent-level-I-studies",
            "grade A is only given with at least two Level I studies finding in the grade's direction",
            body -> {
              NassGrade grade = grade(body);
              if (grade.grade() != Grade.A) {
                return Optional.empty();
              }
              Finding finding = grade.direction().orElseThrow() == Direction.FOR ? Finding.SUPPORTS : Finding.OPPOSES;
              long levelI = body.stream().filter(e -> e.level() == Level.I && e.finding() == finding).count();
              return levelI >= 2 ? Optional.empty() : Optional.of("A with " + levelI + " consistent Level I studies");
            }),
        Property.explained("outlier-footnote",
            "with multiple consistent studies and a single outlying inconsistent study, the grade is that of the consistent studies alone",
            body -> {
              long supporting = count(body, Finding.SUPPORTS);
              long opposing = count(body, Finding.OPPOSES);
              if (supporting >= 2 && opposing == 1) {
                return same(body, without(body, e -> e.finding() == Finding.OPPOSES), "without the outlier");
              }
              if (opposing >= 2 && supporting == 1) {
                return same(body, without(body, e -> e.finding() == Finding.SUPPORTS), "without the outlier");
              }
              return Optional.empty();
            }),
        Property.explained("adding-a-supporting-study-never-lowers-the-grade",
            "in the order A against < B against < C against < I < C for < B for < A for, adding a supporting study never lowers the outcome",
            body -> afterAdding(body, Finding.SUPPORTS, (before, after) -> after >= before)),
        Property.explained("adding-an-opposing-study-never-raises-the-grade",
            "in the same order, adding an opposing study never raises the outcome",
            body -> afterAdding(body, Finding.OPPOSES, (before, after) -> after <= before)),
        Property.explained("raising-a-supporting-study-never-lowers-the-grade",
            "in the same order, raising one supporting study's level (IV to III, say) never lowers the outcome",
            body -> {
              int before = rank(grade(body));
              for (int i = 0; i < body.size(); i++) {
                Evidence study = body.get(i);
                if (study.finding() == Finding.SUPPORTS && study.level() != Level.I) {
                  List<Evidence> raised = new ArrayList<>(body);
                  raised.set(i, Evidence.of(study.study(), Level.values()[study.level().ordinal() - 1], study.finding()));
                  ImmutableList<Evidence> after = ImmutableList.copyOf(raised);
                  if (rank(grade(after)) < before) {
                    return Optional.of(outcome(body) + ", but raised to " + BodiesOfEvidence.write(after) + ": " + outcome(after));
                  }
                }
              }
              return Optional.empty();
            }),
        row("row-A", "linking table, A: two or more consistent Level I studies", Grade.A,
            (total, levelI, levelIIorIII) -> levelI >= 2),
        row("row-B-one-level-I", "linking table, B: one Level I study with additional supporting Level II or III studies", Grade.B,
            (total, levelI, levelIIorIII) -> levelI == 1 && levelIIorIII >= 1),
        row("row-B-level-II-III", "linking table, B: two or more consistent Level II or III studies", Grade.B,
            (total, levelI, levelIIorIII) -> levelI == 0 && levelIIorIII >= 2),
        row("row-C-one-with-level-IV", "linking table, C: one Level I, II, III, or IV study with supporting Level IV studies"
                + " (Level V counted with IV)", Grade.C,
            (total, levelI, levelIIorIII) -> total >= 2 && levelI + levelIIorIII == 1),
        row("row-C-level-IV", "linking table, C: two or more consistent Level IV studies (Level V counted with IV)", Grade.C,
            (total, levelI, levelIIorIII) -> total >= 2 && levelI + levelIIorIII == 0),
        Property.explained("row-I-single-study",
            "linking table, I: a single Level I, II, III, or IV study without other supporting evidence (inconclusive studies aside)",
            body -> {
              long decisive = body.stream().filter(e -> e.finding() != Finding.INCONCLUSIVE).count();
              return decisive != 1 || grade(body).grade() == Grade.I ? Optional.empty() : Optional.of(outcome(body));
            }),
        Property.explained("row-I-inconsistent",
            "linking table, I: more than one study with inconsistent findings (other than a single outlier among several consistent studies)",
            body -> {
              long supporting = count(body, Finding.SUPPORTS);
              long opposing = count(body, Finding.OPPOSES);
              boolean inconsistent = supporting >= 1 && opposing >= 1 && !(supporting >= 2 && opposing == 1) && !(opposing >= 2 && supporting == 1);
              return !inconsistent || grade(body).grade() == Grade.I ? Optional.empty() : Optional.of(outcome(body));
            }),
        Property.explained("direction-mismatch-exactly-when-the-consistent-evidence-opposes",
            "a published A, B or C contradicts the evidence exactly when the consistent evidence opposes the statement"
                + " (two or more opposing studies, at most one supporting); a published I never does",
            body -> {
              boolean opposes = count(body, Finding.OPPOSES) >= 2 && count(body, Finding.SUPPORTS) <= 1;
              NassGrade derived = grade(body);
              for (Grade published : GRADES) {
                boolean contradicted = !rules.direction().apply(DirectionCheck.of(derived.grade(), derived.direction(), published)).value();
                if (contradicted != (opposes && published.recommends())) {
                  return Optional.of(derived + ", published " + published + ": " + (contradicted ? "contradicted" : "not contradicted"));
                }
              }
              return Optional.empty();
            }));
  }

  private ImmutableList<Property<ImmutableList<ComponentGrade>>> compound() {
    return ImmutableList.of(
        Property.determinism("the same components always give the same grade", rules.compound(), CompoundGrade::toString),
        Property.explained("compound-never-above-a-component",
            "a compound statement's grade is never above any of its components' (I below C below B below A)",
            components -> {
              CompoundGrade compound = compound(components);
              return components.stream()
                  .filter(component -> component.grade().isWeakerThan(compound.grade()))
                  .findFirst()
                  .map(component -> compound + ", above " + component);
            }),
        Property.explained("compound-is-the-weakest-component",
            "a compound statement's grade is one of its components' grades: with the property above, the weakest",
            components -> {
              CompoundGrade compound = compound(components);
              return components.stream().anyMatch(component -> component.grade() == compound.grade())
                  ? Optional.empty()
                  : Optional.of(compound + ", no component's grade");
            }),
        Property.explained("compound-is-for-only-when-every-component-is-for",
            "a compound statement graded A, B or C is for the statement exactly when every component's evidence supports it,"
                + " against otherwise; graded I it has no direction",
            components -> {
              CompoundGrade compound = compound(components);
              Optional<Direction> expected = compound.grade() == Grade.I
                  ? Optional.empty()
                  : Optional.of(components.stream().allMatch(c -> c.direction().equals(Optional.of(Direction.FOR))) ? Direction.FOR : Direction.AGAINST);
              return compound.direction().equals(expected) ? Optional.empty() : Optional.of(compound.toString());
            }),
        Property.explained("order-never-changes-the-compound-grade",
            "the order in which the components are listed never changes the statement's grade",
            components -> {
              String grade = compound(components).toString();
              for (List<ComponentGrade> order : Collections2.permutations(components)) {
                String other = compound(ComponentGrades.named(order)).toString();
                if (!other.equals(grade)) {
                  return Optional.of(grade + ", but listed as " + ComponentGrades.write(order) + ": " + other);
                }
              }
              return Optional.empty();
            }));
  }

  private CompoundGrade compound(ImmutableList<ComponentGrade> components) {
    return rules.compound().apply(components).value();
  }

  /** Every derived grade A, B, C or I, without and with an indirect study, with no published grade or each of A, B, C, I. */
  private static Space<Indirectness> discretionSpace() {
    ImmutableList.Builder<Indirectness> cases = ImmutableList.builder();
    for (boolean indirect : new boolean[] {false, true}) {
      for (Grade derived : GRADES) {
        cases.add(Indirectness.builder().derived(derived).addAllIndirect(indirect ? List.of("s1") : List.of()).build());
        for (Grade published : GRADES) {
          cases.add(Indirectness.builder().derived(derived).addAllIndirect(indirect ? List.of("s1") : List.of()).published(published).build());
        }
      }
    }
    return Spaces.listed("every derived grade A, B, C or I, without and with indirect evidence, and every published grade or none",
        cases.build(), NassPropertySets::describe);
  }

  /** "B, s1 indirect, published C". */
  private static String describe(Indirectness input) {
    return input.derived() + (input.indirect().isEmpty() ? "" : ", " + String.join(", ", input.indirect()) + " indirect")
        + input.published().map(published -> ", published " + published).orElse(", nothing published");
  }

  private ImmutableList<Property<Indirectness>> discretion() {
    return ImmutableList.of(
        Property.determinism("the same grade and evidence always permit the same grades", rules.discretion(), PermittedGrades::toString),
        Property.explained("the-derived-grade-is-the-default",
            "the derived grade is always permitted, and it is the default",
            input -> {
              PermittedGrades permitted = permitted(input);
              return permitted.defaultGrade() == input.derived() ? Optional.empty() : Optional.of("default " + permitted.defaultGrade());
            }),
        permits("direct-evidence-permits-only-the-derived-grade",
            "when no study the grade rests on is indirect, the derived grade is the only one permitted",
            false, input -> List.of(input.derived())),
        permits("indirect-evidence-permits-one-step-below",
            "when the grade rests on indirect evidence, exactly the derived grade and the one a step below it are permitted (only I for I)",
            true, input -> input.derived().oneStepBelow().map(below -> List.of(input.derived(), below)).orElse(List.of(input.derived()))),
        Property.explained("the-published-grade-is-used-when-permitted",
            "the trace names the published grade as the member used exactly when it is permitted",
            input -> {
              PermittedGrades permitted = permitted(input);
              Optional<Grade> expected = input.published().filter(permitted::permits);
              return permitted.used().equals(expected) ? Optional.empty() : Optional.of("used " + permitted.used());
            }));
  }

  private PermittedGrades permitted(Indirectness input) {
    return rules.discretion().apply(input).value();
  }

  /** The grades permitted, with or without indirect evidence (the other cases aside), are exactly the expected ones. */
  private Property<Indirectness> permits(String name, String description, boolean indirect, Function<Indirectness, List<Grade>> expected) {
    return Property.explained(name, description, input -> {
      PermittedGrades permitted = permitted(input);
      return input.indirect().isEmpty() == indirect || permitted.grades().equals(expected.apply(input))
          ? Optional.empty()
          : Optional.of("permitted " + permitted.grades());
    });
  }

  /** What a row asks of a body whose studies all find the same way: its size and level counts. */
  @FunctionalInterface
  private interface RowCondition {
    boolean meets(int total, int levelI, int levelIIorIII);
  }

  /**
   * A row of the linking table as a property: every body whose studies all find the same way (for or
   * against) and whose level counts meet the row gets the row's grade, in that direction.
   */
  private Property<ImmutableList<Evidence>> row(String name, String description, Grade grade, RowCondition condition) {
    return Property.explained(name, description, body -> {
      if (body.isEmpty() || body.stream().map(Evidence::finding).distinct().count() != 1 || body.get(0).finding() == Finding.INCONCLUSIVE) {
        return Optional.empty();
      }
      int levelI = (int) body.stream().filter(e -> e.level() == Level.I).count();
      int levelIIorIII = (int) body.stream().filter(e -> e.level() == Level.II || e.level() == Level.III).count();
      if (!condition.meets(body.size(), levelI, levelIIorIII)) {
        return Optional.empty();
      }
      Direction direction = body.get(0).finding() == Finding.SUPPORTS ? Direction.FOR : Direction.AGAINST;
      NassGrade derived = grade(body);
      return derived.grade() == grade && derived.direction().equals(Optional.of(direction))
          ? Optional.empty()
          : Optional.of(outcome(body) + ", the row gives " + grade + " " + direction.name().toLowerCase(java.util.Locale.ROOT));
    });
  }

  private NassGrade grade(ImmutableList<Evidence> body) {
    return rule.apply(body).value();
  }

  /** The grade and direction, e.g. "B for"; the counted studies are left out (their order may differ). */
  private String outcome(ImmutableList<Evidence> body) {
    return grade(body).toString();
  }

  private Optional<String> same(ImmutableList<Evidence> body, ImmutableList<Evidence> other, String what) {
    String before = outcome(body);
    String after = outcome(other);
    return before.equals(after) ? Optional.empty() : Optional.of(before + ", but " + what + " " + BodiesOfEvidence.write(other) + ": " + after);
  }

  private Optional<String> afterAdding(ImmutableList<Evidence> body, Finding finding, BiPredicate<Integer, Integer> allowed) {
    int before = rank(grade(body));
    for (Level level : Level.values()) {
      ImmutableList<Evidence> after = ImmutableList.<Evidence>builder()
          .addAll(body).add(Evidence.of("s" + (body.size() + 1), level, finding)).build();
      if (!allowed.test(before, rank(grade(after)))) {
        return Optional.of(outcome(body) + ", but with " + level.name() + BodiesOfEvidence.sign(finding) + " added: " + outcome(after));
      }
    }
    return Optional.empty();
  }

  /** A against 0, B against 1, C against 2, I 3, C for 4, B for 5, A for 6. */
  static int rank(NassGrade grade) {
    int strength = switch (grade.grade()) {
      case A -> 3;
      case B -> 2;
      case C -> 1;
      default -> 0;
    };
    return 3 + (grade.direction().orElse(Direction.FOR) == Direction.FOR ? strength : -strength);
  }

  private static long count(List<Evidence> body, Finding finding) {
    return body.stream().filter(e -> e.finding() == finding).count();
  }

  private static ImmutableList<Evidence> without(List<Evidence> body, Predicate<Evidence> drop) {
    return body.stream().filter(drop.negate()).collect(ImmutableList.toImmutableList());
  }

  /** Every distinct order of a body's studies, the studies renamed s1, s2, ... in each order. */
  static List<ImmutableList<Evidence>> orders(ImmutableList<Evidence> body) {
    Multiset<Integer> kinds = TreeMultiset.create();
    for (Evidence study : body) {
      kinds.add(BodiesOfEvidence.KINDS.indexOf(Evidence.of("", study.level(), study.finding())));
    }
    List<ImmutableList<Evidence>> orders = new ArrayList<>();
    permute(kinds, new ArrayList<>(), orders);
    return orders;
  }

  private static void permute(Multiset<Integer> remaining, List<Integer> prefix, List<ImmutableList<Evidence>> orders) {
    if (remaining.isEmpty()) {
      orders.add(BodiesOfEvidence.named(prefix.stream().map(BodiesOfEvidence.KINDS::get).toList()));
      return;
    }
    for (Integer kind : new ArrayList<>(remaining.elementSet())) {
      remaining.remove(kind);
      prefix.add(kind);
      permute(remaining, prefix, orders);
      prefix.remove(prefix.size() - 1);
      remaining.add(kind);
    }
  }
}
