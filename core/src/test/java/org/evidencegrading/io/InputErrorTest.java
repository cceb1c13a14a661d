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
