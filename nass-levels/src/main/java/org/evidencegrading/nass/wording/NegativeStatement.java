package org.evidencegrading.nass.wording;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;

/**
 * Whether a statement worded against a test or intervention ("X is not recommended") has studies
 * that are all encoded as opposing it. Findings are relative to the statement (evidence-grading/1,
 * NASS recommendations: "{@code finding} is relative to the recommendation's statement"), so
 * studies showing that X does not work <em>support</em> "X is not recommended"; when every study
 * that found either way is encoded as opposing such a statement, the findings may have been encoded
 * relative to the intervention instead (revision 2, NASS additions). That is a judgment to review,
 * not a contradiction: the outcome is true when the pattern is present.
 *
 * <p>A statement is worded against when it says "not recommended", "not suggested", "not an option",
 * "recommend(ed) against", "suggest(ed) against" or "should not be used / performed / considered /
 * offered". "Insufficient evidence to make a recommendation for or against" is not worded against.
 */
public final class NegativeStatement extends NamedRule<StatementFindings, Boolean> {

  /** The rule's id in traces. */
  public static final String ID = "nass.wording.negative-statement";

  /** The source the rule implements. */
  public static final String SOURCE =
      "evidence-grading/1, NASS recommendations, finding is relative to the statement;"
          + " revision 2, NASS additions, a statement worded against an intervention whose studies all oppose it";

  private static final Pattern AGAINST = Pattern.compile(
      "\\bnot\\s+(?:be\\s+)?(?:recommended|suggested|an\\s+option)\\b"
          + "|\\b(?:recommend|suggest)(?:s|ed)?\\s+against\\b"
          + "|\\bshould\\s+not\\s+be\\s+(?:used|performed|considered|offered)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final NegativeStatement INSTANCE = new NegativeStatement();

  private NegativeStatement() {
    super(ID, SOURCE);
  }

  public static NegativeStatement rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<Boolean> apply(StatementFindings input) {
    Matcher against = AGAINST.matcher(input.statement());
    boolean worded = against.find();
    long opposing = input.findings().stream().filter(finding -> finding == Finding.OPPOSES).count();
    long supporting = input.findings().stream().filter(finding -> finding == Finding.SUPPORTS).count();
    boolean suspect = worded && opposing > 0 && supporting == 0;
    String reason;
    if (!worded) {
      reason = "the statement is not worded against a test or intervention";
    } else if (suspect) {
      reason = "the statement is worded against (\"" + against.group() + "\") and every study that found either way ("
          + opposing + ") is encoded as opposing it: studies showing the intervention does not work support such a"
          + " statement, so the findings may have been encoded relative to the intervention instead of the statement";
    } else {
      reason = "the statement is worded against (\"" + against.group() + "\"), and " + supporting
          + (supporting == 1 ? " study is" : " studies are") + " encoded as supporting it";
    }
    return Derivation.of(suspect, step()
        .putInputs("wordedAgainst", String.valueOf(worded))
        .putInputs("supporting", String.valueOf(supporting))
        .putInputs("opposing", String.valueOf(opposing))
        .outcome(suspect ? "findings may be relative to the intervention" : "no sign of findings relative to the intervention")
        .reason(reason)
        .build());
  }
}
