/**
 * Wires extract, normalise and dedupe into one call used by every entry point (CLI, upload servlet,
 * bulk jobs), returning an {@link dev.copydesk.pipeline.Outcome}.
 */
package dev.copydesk.pipeline;
