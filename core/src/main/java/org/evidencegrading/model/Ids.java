package org.evidencegrading.model;

import com.google.common.base.Preconditions;
import java.util.regex.Pattern;

/** Invariants shared by the identifiers of the model. */
public final class Ids {

  /** The pattern of a guideline id, as the file format fixes it: {@code [a-z0-9][a-z0-9-]*}. */
  public static final Pattern GUIDELINE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private Ids() {}

  static void checkNotBlank(String id, String what) {
    Preconditions.checkState(!id.isBlank(), "%s must not be blank", what);
  }
}
