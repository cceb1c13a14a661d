package org.evidencegrading.rulesets.properties;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.evidencegrading.model.Direction;
import org.evidencegrading.properties.Property;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.rulesets.definition.Grade;
import org.evidencegrading.rulesets.definition.IndirectEffect;
import org.evidencegrading.rulesets.definition.Level;
import org.evidencegrading.rulesets.definition.Row;
import org.evidencegrading.rulesets.definition.RuleSet;
import org.evidencegrading.rulesets.grading.Evidence;
import org.evidencegrading.rulesets.grading.EvidenceGrade;
import org.evidencegrading.rulesets.grading.GradeOfEvidence;
import org.evidencegrading.rulesets.grading.PermittedGrade;
import org.evidencegrading.rulesets.model.Finding;

/**
 * What a rule designer needs to know about a rule set, over every body of evidence up to a size,
 * each finding with its smallest counterexample:
 *
 * <ul>
 *   <li>gaps: bodies of evidence no row grades;
 *   <li>order dependence: where several rows hold, a later one would give a stronger grade than
 *       the one that decides, so the grade depends on the order of the rows;
 *   <li>steps that are not monotonic, in the signed order of the grades (the strongest against
 *       lowest, grades without direction in the middle, the strongest for highest): adding a
 *       supporting study never lowers the default grade, adding an opposing study never raises it,
 *       raising a supporting study to the next better level that supports grades never lowers it;
 *   <li>unreachable rows (they hold for no body) and shadowed rows (they hold, but an earlier row
 *       always decides);
 *   <li>grades no body of evidence gets, by default or as a permitted grade;
 *   <li>with an {@code indirect} policy: marking studies indirect never raises the grade.
 * </ul>
 */
public final class RuleSetPropertySets {

  private final RuleSet rules;
  private final GradeOfEvidence rule;
  private final BodiesOfEvidence bodies;
  private final Supplier<Usage> usage;

  private RuleSetPropertySets(RuleSet rules, int maxStudies) {
    this.rules = rules;
    this.rule = new GradeOfEvidence(rules);
    this.bodies = new BodiesOfEvidence(rules, maxStudies, false);
    this.usage = Suppliers.memoize(this::usage);
  }

  /** The properties of a (valid) rule set, over bodies of up to {@code maxStudies} studies. */
  public static ImmutableList<PropertyGroup<?>> of(RuleSet rules, int maxStudies) {
    RuleSetPropertySets sets = new RuleSetPropertySets(rules, maxStudies);
    ImmutableList.Builder<PropertyGroup<?>> groups = ImmutableList.<PropertyGroup<?>>builder()
        .add(PropertyGroup.of(sets.bodies, sets.bodyProperties()))
        .add(PropertyGroup.of(Spaces.listed("every row of " + rules.id(), rules.rows(), Row::id), sets.rowProperties()))
        .add(PropertyGroup.of(Spaces.listed("every grade of " + rules.id(), rules.grades(), Grade::id), sets.gradeProperties()));
    if (rules.indirectEffect() != IndirectEffect.NONE) {
      groups.add(PropertyGroup.of(new BodiesOfEvidence(rules, Math.min(maxStudies, 3), true), ImmutableList.of(sets.indirectNeverRaises())));
    }
    return groups.build();
  }

  private ImmutableList<Property<ImmutableList<Evidence>>> bodyProperties() {
    return ImmutableList.of(
        Property.determinism("the same body of evidence always gets the same grade", rule, EvidenceGrade::toString),
        Property.explained("no-gaps",
            "some row grades every body of evidence (or says on purpose that it gets no grade)",
            body -> rule.decide(body).covered() ? Optional.empty() : Optional.of("no row holds: " + rules.id() + " gives it no grade")),
        Property.explained("order-independence",
            "where several rows hold, the one that decides gives the strongest of their grades: the grade does not depend on the order of the rows",
            this::orderDependence),
        Property.explained("adding-a-supporting-study-never-lowers-the-grade",
            "in the signed order of the grades, adding a supporting study never lowers the default grade",
            body -> afterAdding(body, Finding.SUPPORTS, (before, after) -> after >= before)),
        Property.explained("adding-an-opposing-study-never-raises-the-grade",
            "in the same order, adding an opposing study never raises the default grade",
            body -> afterAdding(body, Finding.OPPOSES, (before, after) -> after <= before)),
        Property.explained("raising-a-supporting-study-never-lowers-the-grade",
            "in the same order, raising one supporting study to the next better level that supports grades never lowers the default grade",
            this::afterRaising));
  }

  private ImmutableList<Property<Row>> rowProperties() {
    return ImmutableList.of(
        Property.explained("every-row-is-reachable",
            "every row holds for some body of evidence",
            row -> usage.get().holds.containsKey(row.id())
                ? Optional.empty()
                : Optional.of("holds for none of the " + usage.get().bodies + " bodies of evidence (" + conditions(row) + ")")),
        Property.explained("no-row-is-shadowed",
            "every row that holds for some body decides one (or, calling for judgment, permits its grade for one)",
            row -> {
              Usage found = usage.get();
              if (!found.holds.containsKey(row.id()) || found.used.containsKey(row.id())) {
                return Optional.empty();
              }
              ImmutableList<Evidence> body = found.holds.get(row.id());
              EvidenceGrade grade = rule.decide(body);
              return Optional.of("holds for " + bodies.describe(body) + " and larger bodies but never decides one; for "
                  + bodies.describe(body) + " " + grade.row().map(decider -> "the earlier row " + decider + " decides " + grade)
                      .orElse("no row decides"));
            }));
  }

  private ImmutableList<Property<Grade>> gradeProperties() {
    return ImmutableList.of(Property.explained("every-grade-is-reachable",
        "every grade is the default or a permitted grade of some body of evidence",
        grade -> {
          if (usage.get().reached.containsKey(grade.id())) {
            return Optional.empty();
          }
          List<String> giving = rules.rows().stream().filter(row -> row.grade().equals(Optional.of(grade.id()))).map(Row::id).toList();
          return Optional.of("no body of up to " + usage.get().maxSize + " studies gets it ("
              + (giving.isEmpty() ? "no row gives it" : "rows giving it never decide: " + String.join(", ", giving)) + ")");
        }));
  }

  private Property<ImmutableList<Evidence>> indirectNeverRaises() {
    return Property.explained("indirect-evidence-never-raises-the-grade",
        "a body whose studies apply only indirectly never gets a stronger default grade than the same studies applying directly",
        body -> {
          ImmutableList<Evidence> direct = body.stream().map(study -> Evidence.of(study.study(), study.level(), study.finding(), false))
              .collect(ImmutableList.toImmutableList());
          EvidenceGrade withIndirect = rule.decide(body);
          EvidenceGrade directly = rule.decide(direct);
          return strength(withIndirect) < strength(directly)
              ? Optional.of(withIndirect + ", but directly " + BodiesOfEvidence.write(direct) + ": " + directly)
              : Optional.empty();
        });
  }

  /** Where a later row that also holds would give a stronger grade than the deciding one. */
  private Optional<String> orderDependence(ImmutableList<Evidence> body) {
    ImmutableList<Row> holding = rule.rowsHolding(body);
    if (holding.size() < 2) {
      return Optional.empty();
    }
    Row decides = holding.get(0);
    for (Row later : holding.subList(1, holding.size())) {
      if (strength(later.grade()) < strength(decides.grade())) {
        return Optional.of("rows " + decides.id() + " (" + decides.grade().orElse("no grade") + ") and " + later.id() + " ("
            + later.grade().orElseThrow() + ") hold; the first decides " + decides.grade().orElse("no grade")
            + ", but " + later.id() + " would give the stronger " + later.grade().get() + ": the grade depends on the order of the rows");
      }
    }
    return Optional.empty();
  }

  private Optional<String> afterAdding(ImmutableList<Evidence> body, Finding finding, BiPredicate<Integer, Integer> allowed) {
    EvidenceGrade before = rule.decide(body);
    OptionalInt from = rank(before);
    if (from.isEmpty()) {
      return Optional.empty();
    }
    for (Level level : rules.levels()) {
      ImmutableList<Evidence> after = ImmutableList.<Evidence>builder()
          .addAll(body).add(Evidence.of("s" + (body.size() + 1), level.id(), finding, false)).build();
      EvidenceGrade grade = rule.decide(after);
      OptionalInt to = rank(grade);
      if (to.isPresent() && !allowed.test(from.getAsInt(), to.getAsInt())) {
        return Optional.of(before + ", but with " + BodiesOfEvidence.write(after.subList(body.size(), after.size()))
            .replaceAll("[\\[\\]]", "") + " added: " + grade);
      }
    }
    return Optional.empty();
  }

  private Optional<String> afterRaising(ImmutableList<Evidence> body) {
    EvidenceGrade before = rule.decide(body);
    OptionalInt from = rank(before);
    if (from.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < body.size(); i++) {
      Evidence study = body.get(i);
      Optional<String> better = betterLevel(study.level());
      if (study.finding() != Finding.SUPPORTS || better.isEmpty()) {
        continue;
      }
      List<Evidence> raised = new ArrayList<>(body);
      raised.set(i, Evidence.of(study.study(), better.get(), study.finding(), study.indirect()));
      EvidenceGrade grade = rule.decide(raised);
      OptionalInt to = rank(grade);
      if (to.isPresent() && to.getAsInt() < from.getAsInt()) {
        return Optional.of(before + ", but raised to " + BodiesOfEvidence.write(raised) + ": " + grade);
      }
    }
    return Optional.empty();
  }

  /** The next better level that supports grades, if there is one. */
  private Optional<String> betterLevel(String level) {
    for (int i = rules.levelIndex(level) - 1; i >= 0; i--) {
      if (rules.levels().get(i).supportsGrades()) {
        return Optional.of(rules.levels().get(i).id());
      }
    }
    return Optional.empty();
  }

  /**
   * The signed rank of a default grade: the n directional grades are n (strongest) down to 1 for
   * the statement and -n up to -1 against it; a grade without direction is 0. Empty for no grade,
   * which has no place in the order.
   */
  private OptionalInt rank(EvidenceGrade grade) {
    if (grade.grade().isEmpty()) {
      return OptionalInt.empty();
    }
    List<Grade> directional = rules.grades().stream().filter(Grade::directional).toList();
    Grade of = rules.grade(grade.grade().get()).orElseThrow();
    if (!of.directional() || grade.direction().isEmpty()) {
      return OptionalInt.of(0);
    }
    int strength = directional.size() - directional.indexOf(of);
    return OptionalInt.of(grade.direction().get() == Direction.FOR ? strength : -strength);
  }

  /** A grade's position, strongest first; no grade after every grade. */
  private int strength(Optional<String> grade) {
    return grade.map(rules::gradeIndex).orElse(rules.grades().size());
  }

  private int strength(EvidenceGrade grade) {
    return strength(grade.grade());
  }

  private static String conditions(Row row) {
    return row.when().isEmpty()
        ? "no conditions"
        : row.when().stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  /** Which rows hold for, and are used for, which smallest bodies; which grades some body gets. */
  private static final class Usage {
    final Map<String, ImmutableList<Evidence>> holds = new HashMap<>();
    final Map<String, ImmutableList<Evidence>> used = new HashMap<>();
    final Map<String, ImmutableList<Evidence>> reached = new HashMap<>();
    long bodies;
    int maxSize;
  }

  private Usage usage() {
    Usage usage = new Usage();
    bodies.cases().forEachOrdered(body -> {
      usage.bodies++;
      usage.maxSize = Math.max(usage.maxSize, body.size());
      EvidenceGrade grade = rule.decide(body);
      for (Row row : rule.rowsThatHold(body)) {
        usage.holds.putIfAbsent(row.id(), body);
      }
      for (String row : grade.rowsUsed()) {
        usage.used.putIfAbsent(row, body);
      }
      grade.grade().ifPresent(id -> usage.reached.putIfAbsent(id, body));
      for (PermittedGrade permitted : grade.permitted()) {
        usage.reached.putIfAbsent(permitted.grade(), body);
      }
    });
    return usage;
  }
}
