package org.evidencegrading.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputErrorTest {

  @Test
  void printsAsOneLineLeavingOutWhatIsUnknown() {
    assertEquals("g.yaml:3:7: questions[0].id: bad",
        InputError.builder().file("g.yaml").line(3).column(7).path("questions[0].id").message("bad").build().toString());
    assertEquals("g.yaml: no such file", InputError.builder().file("g.yaml").message("no such file").build().toString());
    assertEquals("questions[0]: bad", InputError.builder().path("questions[0]").message("bad").build().toString());
    assertEquals("line 2:1: bad", InputError.builder().line(2).column(1).message("bad").build().toString());
  }

  /** Regression: escape sequences from the input reached the terminal and stderr raw. */
  @Test
  void printsControlAndInvisibleCharactersAsEscapes() {
    assertEquals("g\\u001B[31m.yaml:1:1: studies[0].\\u202Eid\\r: study 'a\\nb\\u0000' is not in the bibliography",
        InputError.builder().file("g\u001b[31m.yaml").line(1).column(1).path("studies[0].\u202eid\r")
            .message("study 'a\nb\u0000' is not in the bibliography").build().toString());
  }

  /** Regression: an error line echoed a 1 M-character field name whole. */
  @Test
  void abbreviatesLongFieldNamesAndMessages() {
    String name = "n".repeat(1_000_000);
    String line = InputError.builder().path("guideline." + name + "[2]").message("unknown " + name).build().toString();
    assertEquals("guideline." + "n".repeat(57) + "...[2]: unknown " + "n".repeat(Quoted.MAX_LINE - 11) + "...", line);
  }

  @Test
  void ordersByPositionWithUnplacedErrorsLast() {
    InputError late = InputError.builder().line(9).column(1).message("late").build();
    InputError early = InputError.builder().line(2).column(5).message("early").build();
    InputError unplaced = InputError.builder().path("a").message("unplaced").build();
    assertEquals(List.of(early, late, unplaced),
        List.of(unplaced, late, early).stream().sorted(InputError.BY_POSITION).toList());
  }

  @Test
  void theExceptionSaysTheFirstErrorAndHowManyMore() {
    InvalidGuidelineException exception = new InvalidGuidelineException(List.of(
        InputError.builder().file("g.yaml").line(1).column(1).message("first").build(),
        InputError.builder().file("g.yaml").line(2).column(1).message("second").build()));
    assertEquals("g.yaml:1:1: first (and 1 more)", exception.getMessage());
  }
}
