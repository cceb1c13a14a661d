package org.evidencegrading.testing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.util.Optional;
import org.evidencegrading.io.BoundedIntDeserializer;
import org.evidencegrading.model.Citation;
import org.evidencegrading.model.Recommendation;
import org.immutables.value.Value;

/** A toy recommendation: cited studies, a weight 1-9, and the published verdict. */
@Value.Immutable
@JsonSerialize(as = ToyRecommendation.class)
@JsonDeserialize(as = ToyRecommendation.class)
public abstract class AbstractToyRecommendation implements Recommendation {

  public static final Range<Integer> WEIGHT = Range.closed(1, 9);

  /** Reads a weight within {@link #WEIGHT}. */
  public static final class WeightDeserializer extends BoundedIntDeserializer {
    private static final long serialVersionUID = 1L;

    public WeightDeserializer() {
      super(WEIGHT, "");
    }
  }

  @Override
  public abstract String id();

  @Override
  public abstract String statement();

  public abstract ImmutableList<String> studies();

  @JsonDeserialize(using = WeightDeserializer.class)
  public abstract int weight();

  public abstract Optional<Verdict> published();

  @Override
  public ImmutableList<Citation> citations() {
    ImmutableList.Builder<Citation> citations = ImmutableList.builder();
    for (int i = 0; i < studies().size(); i++) {
      citations.add(Citation.of("studies[" + i + "]", studies().get(i)));
    }
    return citations.build();
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(WEIGHT.contains(weight()), "weight %s is not in %s", weight(), WEIGHT);
  }
}
