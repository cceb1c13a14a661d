package org.evidencegrading.nass.grades;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.nass.model.Grade;
import org.immutables.value.Value;

/** A derived grade, the studies it rests on that answer the question only indirectly, and the grade published. */
@Value.Immutable
abstract class AbstractIndirectness {

  /** The grade the evidence deserves by the linking table. */
  public abstract Grade derived();

  /** The studies the derived grade rests on that the file marks {@code indirect: true}. */
  public abstract ImmutableList<String> indirect();

  /** The grade the guideline printed, if it printed one. */
  public abstract Optional<Grade> published();
}
