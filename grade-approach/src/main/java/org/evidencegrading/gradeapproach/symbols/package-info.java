/**
 * The symbols guidelines print beside their words: the ⊕ notation of certainty ({@link
 * org.evidencegrading.gradeapproach.symbols.CertaintySymbol}), the Danish Health Authority's arrows
 * and check mark ({@link org.evidencegrading.gradeapproach.symbols.RecommendationSymbol}), and the
 * check that a printed symbol says what the published words say ({@link
 * org.evidencegrading.gradeapproach.symbols.SymbolCheck}).
 */
package org.evidencegrading.gradeapproach.symbols;
