package org.evidencegrading.nass.properties;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencegrading.nass.grades.Evidence;
import org.evidencegrading.nass.model.Finding;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;

/**
 * Every body of evidence of up to {@code maxStudies} studies, each a level I-V and a finding
 * (supports, opposes, inconclusive): 15 kinds of study. The grade does not depend on the order of
 * the studies (a property checked over every order), so each body is enumerated once, as a
 * multiset: 15,504 bodies up to 5 studies. Bodies come smallest first; studies are named s1, s2, ...
 * in their order.
 */
public final class BodiesOfEvidence implements Space<ImmutableList<Evidence>> {

  /** The 15 kinds of study (a level and a finding), in order: by level, then supports, opposes, inconclusive. */
  static final ImmutableList<Evidence> KINDS = kinds();

  private final int maxStudies;

  BodiesOfEvidence(int maxStudies) {
    this.maxStudies = maxStudies;
  }

  private static ImmutableList<Evidence> kinds() {
    ImmutableList.Builder<Evidence> kinds = ImmutableList.builder();
    for (Level level : Level.values()) {
      for (Finding finding : Finding.values()) {
        kinds.add(Evidence.of("", level, finding));
      }
    }
    return kinds.build();
  }

  @Override
  public String description() {
    return "every body of evidence of up to " + maxStudies + " studies, each Level I-V supporting, opposing or inconclusive";
  }

  @Override
  public Stream<ImmutableList<Evidence>> cases() {
    return Spaces.multisets(KINDS, 0, maxStudies).map(BodiesOfEvidence::named);
  }

  /** The kinds as a body, the studies named s1, s2, ... in order. */
  static ImmutableList<Evidence> named(List<Evidence> kinds) {
    ImmutableList.Builder<Evidence> body = ImmutableList.builderWithExpectedSize(kinds.size());
    for (int i = 0; i < kinds.size(); i++) {
      body.add(Evidence.of("s" + (i + 1), kinds.get(i).level(), kinds.get(i).finding()));
    }
    return body.build();
  }

  @Override
  public String describe(ImmutableList<Evidence> body) {
    return write(body);
  }

  /** A body written out: {@code [I+ II- IV?]}, + supports, - opposes, ? inconclusive. */
  static String write(List<Evidence> body) {
    return body.stream().map(e -> e.level().name() + sign(e.finding())).collect(Collectors.joining(" ", "[", "]"));
  }

  static String sign(Finding finding) {
    return switch (finding) {
      case SUPPORTS -> "+";
      case OPPOSES -> "-";
      case INCONCLUSIVE -> "?";
    };
  }

  @Override
  public String toString() {
    return description().toLowerCase(Locale.ROOT);
  }
}
