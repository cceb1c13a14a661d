/**
 * JMH benchmarks: grading one NASS recommendation, the certainty of a GRADE outcome and of a
 * recommendation, loading the NASS fixture, and checking a 10,000-recommendation file.
 */
package org.evidencegrading.benchmarks;
