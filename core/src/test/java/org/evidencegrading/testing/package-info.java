/**
 * A toy grading system for testing the core without a real one: a recommendation cites studies and
 * is "strong" when it cites two or more, "weak" otherwise.
 */
@ValueStyle
package org.evidencegrading.testing;

import org.evidencegrading.model.ValueStyle;
