package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * The response options of the evidence-to-decision criteria asked as yes-or-no questions (Alonso-Coello
 * et al., GRADE Evidence to Decision frameworks 2, BMJ 2016;353:i2089): "Is the problem a priority?",
 * "Is the intervention acceptable to key stakeholders?", "Is the intervention feasible to implement?"
 * Each is answered "No", "Probably no", "Probably yes", "Yes", "Varies" or "Don't know".
 *
 * <p>YAML 1.1 reads an unquoted {@code YES} or {@code NO} as a boolean; {@link Reader} takes it as
 * the value of that name, still matched exactly ({@code yes} and {@code true} are not values).
 */
@JsonDeserialize(using = YesNoJudgment.Reader.class)
public enum YesNoJudgment {
  /** "No". */
  NO,
  /** "Probably no". */
  PROBABLY_NO,
  /** "Probably yes". */
  PROBABLY_YES,
  /** "Yes". */
  YES,
  /** "Varies". */
  VARIES,
  /** "Don't know". */
  DONT_KNOW;

  /** Whether the answer is no or probably no. */
  public boolean negative() {
    return this == NO || this == PROBABLY_NO;
  }

  /** Reads a value by its exact name, also where YAML parsed the name as a boolean. */
  public static final class Reader extends StdDeserializer<YesNoJudgment> {
    private static final long serialVersionUID = 1L;

    /** The reader. */
    public Reader() {
      super(YesNoJudgment.class);
    }

    @Override
    public YesNoJudgment deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        return (YesNoJudgment) context.handleUnexpectedToken(YesNoJudgment.class, parser);
      }
      String text = parser.getText();
      for (YesNoJudgment value : values()) {
        if (value.name().equals(text)) {
          return value;
        }
      }
      return (YesNoJudgment) context.handleWeirdStringValue(YesNoJudgment.class, text, "not a response option");
    }
  }
}
