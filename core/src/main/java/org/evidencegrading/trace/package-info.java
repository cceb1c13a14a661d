/**
 * Derivations and their traces. A rule ({@link org.evidencegrading.trace.Rule}) is a stateless
 * evaluator: it takes its inputs and returns a {@link org.evidencegrading.trace.Derivation}, the
 * derived value together with the {@link org.evidencegrading.trace.Step steps} that produced it
 * (which rule, on which inputs, with what outcome, for what reason). Rendering a trace as text or
 * Markdown ({@link org.evidencegrading.trace.TraceRenderer}) or JSON (the steps serialize as they
 * are) is separate from deriving it.
 */
@ValueStyle
package org.evidencegrading.trace;

import org.evidencegrading.model.ValueStyle;
