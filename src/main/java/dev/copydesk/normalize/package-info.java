/**
 * Pure transforms from {@link dev.copydesk.model.Extracted} to an {@link dev.copydesk.model.Entry}:
 * text clean-up, boilerplate rules, metadata (title, standfirst, authors, dates, language) with
 * provenance.
 */
package dev.copydesk.normalize;
