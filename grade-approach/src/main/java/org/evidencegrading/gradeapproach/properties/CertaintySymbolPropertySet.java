package org.evidencegrading.gradeapproach.properties;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.symbols.CertaintySymbol;
import org.evidencegrading.properties.Property;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.properties.PropertyGroup;

/**
 * The properties of reading the ⊕ notation, over every text of up to five characters from the
 * filled circles ⊕ ⨁, the empty circles O o ○ ◯ 〇 ⊝ ⊖, a space and the letter X (177,156 texts,
 * shortest first): a text is read exactly when, spaces aside, it is four circles with the filled ones
 * first and at least one; it is read as the certainty of as many levels as filled circles; spaces
 * never matter; and what is read is written back in the canonical form.
 *
 * <p>The reader under test is a parameter, so that a test can show the properties catch a wrong one.
 */
public final class CertaintySymbolPropertySet {

  private static final String ALPHABET = "⊕⨁Oo○◯〇⊝⊖ X";
  private static final int LONGEST = 5;
  private static final Pattern NOTATION = Pattern.compile("(?=.{4}$)[⊕⨁]+[Oo○◯〇⊝⊖]*");

  private final Function<String, Optional<Certainty>> reader;

  private CertaintySymbolPropertySet(Function<String, Optional<Certainty>> reader) {
    this.reader = reader;
  }

  /** The properties of {@link CertaintySymbol#parse}. */
  public static PropertyGroup<String> of() {
    return of(CertaintySymbol::parse);
  }

  /** The same properties of another reader. */
  public static PropertyGroup<String> of(Function<String, Optional<Certainty>> reader) {
    return PropertyGroup.of(space(), new CertaintySymbolPropertySet(reader).all());
  }

  /** Every text of up to five characters of the alphabet, shortest first. */
  static Space<String> space() {
    List<String> texts = new ArrayList<>();
    texts.add("");
    for (int from = 0; from < texts.size(); from++) {
      String text = texts.get(from);
      if (text.length() < LONGEST) {
        for (char c : ALPHABET.toCharArray()) {
          texts.add(text + c);
        }
      }
    }
    return Spaces.listed("every text of up to " + LONGEST + " characters of " + ALPHABET.replace(" ", "") + " and space",
        ImmutableList.copyOf(texts), text -> "\"" + text + "\"");
  }

  private ImmutableList<Property<String>> all() {
    return ImmutableList.of(
        Property.explained("reads-exactly-four-circles-filled-first",
            "a text is read when, spaces aside, it is four circles, at least one filled and the filled ones first; otherwise not",
            text -> {
              boolean notation = NOTATION.matcher(text.replace(" ", "")).matches();
              Optional<Certainty> read = reader.apply(text);
              return read.isPresent() == notation ? Optional.empty() : Optional.of(read.map(Certainty::name).orElse("not read"));
            }),
        Property.explained("filled-circles-are-the-level",
            "a text read has the certainty of as many levels as filled circles (4 high, 1 very low)",
            text -> {
              long filled = text.chars().filter(c -> c == '⊕' || c == '⨁').count();
              return reader.apply(text)
                  .filter(certainty -> certainty.rank() != filled)
                  .map(certainty -> certainty + " for " + filled + " filled circles");
            }),
        Property.explained("spaces-never-matter",
            "removing the spaces from a text never changes how it is read",
            text -> {
              Optional<Certainty> with = reader.apply(text);
              Optional<Certainty> without = reader.apply(text.replace(" ", ""));
              return with.equals(without) ? Optional.empty() : Optional.of(with + ", but without spaces " + without);
            }),
        Property.explained("canonical-form-reads-back",
            "the canonical symbol of what a text is read as is read as the same certainty",
            text -> reader.apply(text)
                .filter(certainty -> !reader.apply(CertaintySymbol.of(certainty)).equals(Optional.of(certainty)))
                .map(certainty -> CertaintySymbol.of(certainty) + " is not read as " + certainty)));
  }
}
