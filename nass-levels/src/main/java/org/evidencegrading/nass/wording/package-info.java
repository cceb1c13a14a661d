/** The standard language of each NASS grade of recommendation ({@link org.evidencegrading.nass.wording.StandardWording}). */
@ValueStyle
package org.evidencegrading.nass.wording;

import org.evidencegrading.model.ValueStyle;
