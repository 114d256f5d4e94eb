/** The picocli commands: {@code ingest}, {@code serve}, {@code jobs}, {@code deadletters}. */
package dev.copydesk.cli;
