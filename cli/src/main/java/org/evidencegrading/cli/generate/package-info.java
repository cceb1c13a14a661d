/** Seeded synthetic guideline files, for scale runs and benchmarks anyone can reproduce. */
package org.evidencegrading.cli.generate;
