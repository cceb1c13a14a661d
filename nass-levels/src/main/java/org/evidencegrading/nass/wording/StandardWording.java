package org.evidencegrading.nass.wording;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.evidencegrading.nass.model.Grade;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;

/**
 * Whether a statement uses its grade's standard language (NASS, p. 13): "'A' recommendations
 * indicate a test or intervention is 'recommended'; 'B' recommendations 'suggest' a test or
 * intervention and 'C' recommendations indicate a test or intervention 'may be considered' or 'is
 * an option.' 'I' or 'Insufficient Evidence' statements clearly indicate that 'there is
 * insufficient evidence to make a recommendation for or against' a test or intervention. Work group
 * consensus statements clearly state that 'in the absence of reliable evidence, it is the work
 * group's opinion that' a test or intervention may be appropriate."
 *
 * <p>Matching ignores case. The grade I wording also accepts the guideline's own "insufficient or
 * conflicting evidence" (its definition of grade I) and "insufficient and conflicting evidence".
 * Only the grade's own wording is required; other grades' words may appear too ("caution is
 * recommended" in a B statement).
 */
public final class StandardWording extends NamedRule<GradedStatement, Boolean> {

  /** The rule's id in traces. */
  public static final String ID = "nass.standard-wording";

  /** The source the rule implements. */
  public static final String SOURCE =
      "NASS 2024, p. 13, Linking Levels of Evidence to Grades of Recommendation, Standard Language column";

  private static final Map<Grade, Pattern> PATTERNS = new EnumMap<>(Grade.class);
  private static final Map<Grade, String> WORDS = new EnumMap<>(Grade.class);

  static {
    define(Grade.A, "\\brecommended\\b", "recommended");
    define(Grade.B, "\\bsuggest(?:s|ed)?\\b", "suggested");
    define(Grade.C, "\\bmay be considered\\b|\\bis an option\\b", "may be considered / is an option");
    define(Grade.I, "\\binsufficient (?:(?:and|or) conflicting )?evidence\\b", "insufficient evidence");
    define(Grade.CONSENSUS, "\\bin the absence of reliable evidence, it is the work group['\u2019]s opinion\\b",
        "in the absence of reliable evidence, it is the work group's opinion");
  }

  private static void define(Grade grade, String regex, String words) {
    PATTERNS.put(grade, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    WORDS.put(grade, words);
  }

  private static final StandardWording INSTANCE = new StandardWording();

  private StandardWording() {
    super(ID, SOURCE);
  }

  public static StandardWording rule() {
    return INSTANCE;
  }

  /** The standard words of a grade, e.g. "suggested" for B. */
  public static String words(Grade grade) {
    return WORDS.get(grade);
  }

  @Override
  public Derivation<Boolean> apply(GradedStatement statement) {
    boolean uses = PATTERNS.get(statement.grade()).matcher(statement.text()).find();
    Step step =
        step()
            .putInputs("grade", statement.grade().name())
            .outcome(uses ? "standard wording" : "wording missing")
            .reason("a grade " + statement.grade() + " statement says \"" + WORDS.get(statement.grade()) + "\""
                + (uses ? "; this one does" : "; this one does not"))
            .build();
    return Derivation.of(uses, step);
  }
}
