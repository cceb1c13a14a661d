package org.evidencegrading.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.evidencegrading.io.Mappers;
import org.junit.jupiter.api.Test;

class TraceRendererTest {

  private static final Trace TRACE =
      Trace.of(List.of(
          Step.builder().rule("r.one").putInputs("x", "1").outcome("A").reason("first *reason*").build(),
          Step.builder().rule("r.two").outcome("B").reason("second | reason").build()));

  @Test
  void rendersOneLinePerStep() {
    assertEquals(List.of("first *reason* -> A", "second | reason -> B"), TraceRenderer.lines(TRACE));
  }

  @Test
  void rendersAMarkdownListNamingEachRuleWithMarkdownEscaped() {
    assertEquals(
        "- first \\*reason\\* → **A** <sub>`r.one`</sub>\n- second \\| reason → **B** <sub>`r.two`</sub>\n",
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
        "[\n  {\n    \"rule\": \"r.one\",\n    \"inputs\": {\n      \"x\": \"1\"\n    },\n    \"outcome\": \"A\",\n"
            + "    \"reason\": \"first *reason*\"\n  },\n  {\n    \"rule\": \"r.two\",\n    \"inputs\": {},\n"
            + "    \"outcome\": \"B\",\n    \"reason\": \"second | reason\"\n  }\n]",
        json);
  }

  @Test
  void chainsDerivationsKeepingEveryStep() {
    Derivation<Integer> first = Derivation.of(1, Trace.of(TRACE.steps().get(0)));
    Derivation<String> chained = first.then(n -> Derivation.of("n=" + n, Trace.of(TRACE.steps().get(1))));
    assertEquals("n=1", chained.value());
    assertEquals(TRACE, chained.trace());
    assertEquals("r.two", chained.trace().conclusion().rule());
  }
}
