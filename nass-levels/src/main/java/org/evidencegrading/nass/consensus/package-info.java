/** Work group consensus statements: whether the votes reached consensus ({@link org.evidencegrading.nass.consensus.ConsensusRule}). */
package org.evidencegrading.nass.consensus;
