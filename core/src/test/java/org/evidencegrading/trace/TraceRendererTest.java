package org.evidencegrading.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.evidencegrading.io.Mappers;
import org.junit.jupiter.api.Test;

class TraceRendererTest {

  private static final Trace TRACE =
      Trace.of(List.of(
          Step.builder().rule("r.one").source("Source 1, p. 1").putInputs("x", "1").outcome("A").reason("first *reason*").build(),
          Step.builder().rule("r.two").source("Source 2").outcome("B").reason("second | reason").build()));

  @Test
  void rendersOneLinePerStep() {
    assertEquals(List.of("first *reason* -> A", "second | reason -> B"), TraceRenderer.lines(TRACE));
  }

  @Test
  void rendersAMarkdownListNamingEachRuleWithMarkdownEscaped() {
    assertEquals(
        "- first \\*reason\\* → **A** <sub>`r.one` · Source 1, p. 1</sub>\n- second \\| reason → **B** <sub>`r.two` · Source 2</sub>\n",
        TraceRenderer.markdown(TRACE));
  }

  @Test
  void showsControlAndInvisibleCharactersAsEscapes() {
    assertEquals("a\\u001B[31mb\\r\\n\\t\\u009B\\u200B\\u202E\\uFEFF ⊕↑ é", TraceRenderer.printable("a\u001b[31mb\r\n\t\u009b\u200b\u202e\ufeff ⊕↑ é"));
    assertEquals("plain", TraceRenderer.printable("plain"));
    assertEquals("a b \\u001B\\[31m", TraceRenderer.escapeMarkdown("a\nb \u001b[31m"));
  }

  @Test
  void serializesAsItsSteps() throws JsonProcessingException {
    String json = Mappers.json().writeValueAsString(TRACE);
    assertEquals(
        "[\n  {\n    \"rule\": \"r.one\",\n    \"source\": \"Source 1, p. 1\",\n    \"inputs\": {\n      \"x\": \"1\"\n    },\n    \"outcome\": \"A\",\n"
            + "    \"reason\": \"first *reason*\"\n  },\n  {\n    \"rule\": \"r.two\",\n    \"source\": \"Source 2\",\n    \"inputs\": {},\n"
            + "    \"outcome\": \"B\",\n    \"reason\": \"second | reason\"\n  }\n]",
        json);
  }

  @Test
  void chainsDerivationsKeepingEveryStepAndTheLastRulesStep() {
    Derivation<Integer> first = Derivation.of(1, TRACE.steps().get(0));
    Derivation<String> chained = first.then(n -> Derivation.of("n=" + n, TRACE.steps().get(1)));
    assertEquals("n=1", chained.value());
    assertEquals(TRACE, chained.trace());
    assertEquals("r.two", chained.step().rule());
  }

  @Test
  void aCompositeRuleConcludesWithItsOwnStepAfterItsParts() {
    Step own = Step.builder().rule("r.both").source("Source 3").outcome("AB").reason("both").build();
    Derivation<String> composite = Derivation.composite("AB", TRACE, own);
    assertEquals(List.of("r.one", "r.two", "r.both"), composite.trace().steps().stream().map(Step::rule).toList());
    assertEquals(own, composite.step());
    assertEquals(List.of("Source 1, p. 1", "Source 2", "Source 3"), TraceRenderer.sources(composite.trace()));
  }

  @Test
  void aDerivationsStepMustBeInItsTrace() {
    Step other = Step.builder().rule("r.x").source("S").outcome("X").reason("x").build();
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Derivation.of(1, TRACE, other));
  }
}
