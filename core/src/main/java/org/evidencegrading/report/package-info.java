/**
 * Rendering check reports: readable text (the command's default), JSON (the report of the file
 * format, with each recommendation's explanation and trace), Markdown, and HTML (one self-contained
 * page to read and print). Rendering is separate from checking; every format shows the same report.
 */
package org.evidencegrading.report;
