package org.evidencegrading.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.Assessment;
import org.evidencegrading.system.Table;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/** The toy system's assessment of one recommendation. */
@Value.Immutable
public abstract class AbstractToyAssessment implements Assessment {

  @Override
  public abstract Verdict derived();

  @Override
  public abstract Optional<Verdict> published();

  public abstract ImmutableList<String> studies();

  @Override
  public abstract Trace trace();

  @Override
  public abstract ImmutableList<Problem> problems();

  @Override
  public ImmutableMap<String, Object> details() {
    return ImmutableMap.of("studies", studies());
  }

  @Override
  public ImmutableList<String> headlines() {
    return ImmutableList.of("verdict: derived " + derived() + ", published " + published().map(Enum::name).orElse("-"));
  }

  @Override
  public ImmutableList<Table> tables() {
    Table.Builder table = Table.builder().title("Studies").addHeaders("study", "cited");
    studies().forEach(study -> table.addRows(ImmutableList.of(study, "yes")));
    return ImmutableList.of(table.build());
  }
}
